import { HANDLING_COLUMNS } from '@motcua/report';
import type { StepFigure } from '../step-figure.types';
import type { FlagKind, ReviewPack } from './review-pack.types';
import { percent, rate, workingTime } from './review-pack-words.rules';

export type PackCell = string | number;

/** A section of the pack as a table: its heading, column headings (with relative widths) and rows. */
export interface PackTable {
  /** The spreadsheet's sheet name (31 characters at most). */
  sheet: string;
  title: string;
  headers: string[];
  widths: number[];
  rows: PackCell[][];
  /** Rows printed bold (the total). */
  boldRows: number[];
  /** What to print when there are no rows. */
  empty: string;
}

export const FLAG_LABELS: Record<FlagKind, string> = {
  steps_below_limit: 'Tổng thời gian các bước ít hơn thời hạn',
  steps_above_limit: 'Tổng thời gian các bước vượt thời hạn',
  dossiers_over_limit: 'Hồ sơ giải quyết vượt thời hạn',
  step_median_over: 'Trung vị thời gian của bước vượt quy định',
  step_p90_over: '10 % hồ sơ chậm nhất vượt thời gian của bước',
};

const minutes = (m: number | null): string => (m === null ? '–' : workingTime(m));

function proceduresTable(pack: ReviewPack): PackTable {
  const counts = HANDLING_COLUMNS;
  return {
    sheet: 'Thủ tục',
    title: 'I. TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT HỒ SƠ THEO THỦ TỤC',
    headers: [
      'STT',
      'Mã thủ tục',
      'Phiên bản',
      'Tên thủ tục',
      'Thời hạn',
      ...counts.map((c) => c.heading),
      'Tỷ lệ đúng hạn',
      'Trung vị thời gian giải quyết',
      'Thời gian của 10 % chậm nhất',
      'Vượt thời hạn',
    ],
    widths: [2, 4, 3, 8, 4, ...counts.map(() => 3), 3, 4, 4, 3],
    rows: [
      ...pack.procedures.map((p, i) => [
        i + 1,
        p.code,
        p.version,
        p.name,
        p.limit,
        ...counts.map((c) => p[c.field]),
        rate(p.onTimeRate),
        minutes(p.medianWorkingMinutes),
        minutes(p.p90WorkingMinutes),
        p.overLimit ?? '–',
      ]),
      ...(pack.procedures.length > 0
        ? [
            [
              '',
              'Tổng cộng',
              '',
              '',
              '',
              ...counts.map((c) => pack.total[c.field]),
              rate(pack.total.onTimeRate),
              '',
              '',
              '',
            ],
          ]
        : []),
    ],
    boldRows: pack.procedures.length > 0 ? [pack.procedures.length] : [],
    empty: 'Cơ quan không có hồ sơ nào trong năm.',
  };
}

const stepRow = (s: StepFigure, i: number): PackCell[] => [
  i + 1,
  s.procedureCode,
  s.version,
  s.stepName,
  s.unit,
  minutes(s.allottedMinutes),
  s.handOvers,
  minutes(s.medianMinutes),
  minutes(s.p90Minutes),
  percent(s.lateShare),
  minutes(s.waitMedianMinutes),
  minutes(s.workMedianMinutes),
  percent(s.sendBackRate),
  percent(s.supplementRate),
  s.lateDossiers,
  percent(s.lateDossierShare),
];

function stepsTable(pack: ReviewPack): PackTable {
  return {
    sheet: 'Phân tích bước',
    title: 'II. THỜI GIAN THỰC TẾ CỦA TỪNG BƯỚC SO VỚI QUY TRÌNH NỘI BỘ',
    headers: [
      'STT',
      'Mã thủ tục',
      'Phiên bản',
      'Bước',
      'Đơn vị',
      'Thời gian quy định',
      'Số lượt chuyển',
      'Trung vị',
      'Thời gian của 10 % chậm nhất',
      'Tỷ lệ chuyển trễ',
      'Chờ tiếp nhận (trung vị)',
      'Xử lý (trung vị)',
      'Tỷ lệ trả lại',
      'Tỷ lệ yêu cầu bổ sung',
      'Hồ sơ trễ hạn trễ tại bước',
      'Tỷ trọng trong hồ sơ trễ hạn',
    ],
    widths: [2, 4, 2, 8, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3],
    rows: pack.steps.map(stepRow),
    boldRows: [],
    empty: 'Không có lượt chuyển bước nào của các thủ tục trong năm.',
  };
}

function flagsTable(pack: ReviewPack): PackTable {
  return {
    sheet: 'Vấn đề cần xem xét',
    title: 'III. CÁC VẤN ĐỀ ĐỀ NGHỊ BAN CHỈ ĐẠO ISO XEM XÉT',
    headers: ['STT', 'Mã thủ tục', 'Phiên bản', 'Bước', 'Vấn đề', 'Nội dung'],
    widths: [2, 4, 2, 4, 7, 20],
    rows: pack.flags.map((f, i) => [
      i + 1,
      f.procedureCode,
      f.version,
      f.stepId ?? '',
      FLAG_LABELS[f.kind],
      f.finding,
    ]),
    boldRows: [],
    empty: 'Không có vấn đề nào: thời gian các bước khớp thời hạn và thời gian thực tế không vượt quy định.',
  };
}

/** The pack's sections as tables, in the order a committee reads them; the PDF and the spreadsheet show the same. */
export const packTables = (pack: ReviewPack): PackTable[] => [
  proceduresTable(pack),
  stepsTable(pack),
  flagsTable(pack),
];
