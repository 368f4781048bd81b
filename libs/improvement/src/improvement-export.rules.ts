import ExcelJS from 'exceljs';
import type { Bottleneck } from './bottleneck.rules';
import type { OfficerFigures } from './officer-figure.rules';
import type { StepFigure } from './step-figure.types';
import type { StepTrendPoint } from './step-trend.rules';

type Cell = string | number | null;

/** A worksheet's columns: the heading and the cell of a row. */
type Columns<T> = Array<[heading: string, cell: (row: T) => Cell]>;

const percent = (share: number | null): Cell => (share === null ? null : Math.round(share * 1000) / 10);

export const STEP_COLUMNS: Columns<StepFigure> = [
  ['Mã thủ tục', (f) => f.procedureCode],
  ['Tên thủ tục', (f) => f.procedureName],
  ['Phiên bản', (f) => f.version],
  ['Bước', (f) => f.stepName],
  ['Đơn vị', (f) => f.unit],
  ['Thời gian theo quy trình ISO (phút làm việc)', (f) => f.allottedMinutes],
  ['Số lần chuyển bước', (f) => f.handOvers],
  ['Trung vị (phút)', (f) => f.medianMinutes],
  ['P90 (phút)', (f) => f.p90Minutes],
  ['Trung bình (phút)', (f) => f.meanMinutes],
  ['Tỷ lệ chuyển trễ (%)', (f) => percent(f.lateShare)],
  ['Trung vị chờ nhận việc (phút)', (f) => f.waitMedianMinutes],
  ['Trung vị xử lý (phút)', (f) => f.workMedianMinutes],
  ['Số lần trả lại', (f) => f.sendBacks],
  ['Tỷ lệ trả lại (%)', (f) => percent(f.sendBackRate)],
  ['Số lần xử lý lại', (f) => f.repeatVisits],
  ['Số lần yêu cầu bổ sung', (f) => f.supplementRequests],
  ['Tỷ lệ yêu cầu bổ sung (%)', (f) => percent(f.supplementRate)],
  ['Hồ sơ trễ hạn bị trễ ở bước', (f) => f.lateDossiers],
  ['Tỷ lệ trong hồ sơ trễ hạn (%)', (f) => percent(f.lateDossierShare)],
];

export const BOTTLENECK_COLUMNS: Columns<Bottleneck> = [
  ['Hạng', (b) => b.rank],
  ['Mã thủ tục', (b) => b.procedureCode],
  ['Tên thủ tục', (b) => b.procedureName],
  ['Bước', (b) => b.stepName],
  ['Đơn vị', (b) => b.unit],
  ['Hồ sơ trễ hạn bị trễ ở bước', (b) => b.lateDossiers],
  ['Tỷ lệ trong hồ sơ trễ hạn (%)', (b) => percent(b.lateDossierShare)],
  ['Nhận xét', (b) => b.sentence],
];

export const TREND_COLUMNS: Columns<StepTrendPoint> = [
  ['Tháng', (p) => p.month],
  ['Số lần chuyển bước', (p) => p.handOvers],
  ['Số lần chuyển trễ', (p) => p.lateHandOvers],
  ['Tỷ lệ chuyển trễ (%)', (p) => percent(p.lateShare)],
  ['Thời gian trung bình (phút làm việc)', (p) => p.meanMinutes],
];

/** Pure: the table of a worksheet, heading row first. */
export function tableOf<T>(columns: Columns<T>, rows: T[]): Cell[][] {
  return [columns.map(([heading]) => heading), ...rows.map((r) => columns.map(([, cell]) => cell(r)))];
}

/** A workbook of one sheet: the title, the period line, then the table with its heading in bold. */
export async function improvementXlsx<T>(
  title: string,
  periodLine: string,
  columns: Columns<T>,
  rows: T[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Cai-tien');
  sheet.getCell(1, 1).value = title;
  sheet.getCell(1, 1).font = { bold: true };
  sheet.getCell(2, 1).value = periodLine;
  tableOf(columns, rows).forEach((r, i) => {
    sheet.getRow(4 + i).values = r;
  });
  sheet.getRow(4).font = { bold: true };
  sheet.getRow(4).alignment = { wrapText: true, vertical: 'middle' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const dayText = (day: string): string => day.split('-').reverse().join('/');

/** Pure: the period in words, with the instant the figures stop at while it runs. */
export function improvementPeriodLine(h: {
  from: string;
  to: string;
  asOf: string;
  running: boolean;
}): string {
  const period = `Kỳ: từ ngày ${dayText(h.from)} đến hết ngày ${dayText(h.to)}`;
  if (!h.running) return period;
  const [day, time] = h.asOf.split('T');
  return `${period}; số liệu tính đến ${time!.slice(0, 5)} ngày ${dayText(day!)}`;
}

/** One officer's figures of one step: a row of a head's per-officer sheet. */
export interface OfficerStepRow {
  officer: Pick<OfficerFigures, 'username' | 'name'>;
  figure: StepFigure;
}

/** A head's sheet per officer: who, then the step's columns but the late-dossier ones (attributed to steps only). */
export const OFFICER_COLUMNS: Columns<OfficerStepRow> = [
  ['Cán bộ', (r) => r.officer.name],
  ['Tài khoản', (r) => r.officer.username],
  ...STEP_COLUMNS.filter(
    ([heading]) => !heading.startsWith('Hồ sơ trễ') && !heading.startsWith('Tỷ lệ trong'),
  ).map(([heading, cell]): [string, (r: OfficerStepRow) => Cell] => [heading, (r) => cell(r.figure)]),
];

/** The rows of the per-officer sheet, officer by officer. */
export const officerStepRows = (officers: OfficerFigures[]): OfficerStepRow[] =>
  officers.flatMap((officer) => officer.steps.map((figure) => ({ officer, figure })));
