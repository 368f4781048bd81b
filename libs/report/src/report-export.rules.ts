import ExcelJS from 'exceljs';
import { HANDLING_COLUMNS, KEY_HEADING, TOTAL_LABEL } from './report-columns.config';
import type { HandlingCounts, HandlingReport } from './period-query.dto';
import { type ReportAgency, vietnamInstant, vietnamPeriod } from './report-heading.rules';
import { lagSuffix } from './report-source.rules';

/** A report's period, its instant and, when it says, where it was read. */
type Heading = Pick<HandlingReport, 'from' | 'to' | 'asOf'> & Partial<Pick<HandlingReport, 'readFrom'>>;

const NATIONAL_HEADER = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';
/** The table's heading row in the spreadsheet, below the document's heading (rows 1–7). */
export const HEADER_ROW = 8;

type Cell = string | number;

// A field is its own name: its rows carry no second column repeating it.
const named = (report: HandlingReport): boolean => report.groupBy !== 'field';

function table(report: HandlingReport): Cell[][] {
  const values = (c: HandlingCounts): number[] => HANDLING_COLUMNS.map(({ field }) => c[field]);
  const name = (label: string): Cell[] => (named(report) ? [label] : []);
  return [
    ['STT', KEY_HEADING[report.groupBy], ...name('Tên'), ...HANDLING_COLUMNS.map((c) => c.heading)],
    ...report.rows.map((r, i) => [i + 1, r.key, ...name(r.label), ...values(r)]),
    ['', TOTAL_LABEL, ...name(''), ...values(report.total)],
  ];
}

const csvCell = (v: Cell): string => {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** RFC 4180 CSV with a UTF-8 byte-order mark, so that spreadsheet software reads the diacritics. */
export function handlingCsv(report: HandlingReport): string {
  return (
    '\uFEFF' +
    table(report)
      .map((row) => row.map(csvCell).join(','))
      .join('\r\n') +
    '\r\n'
  );
}

/**
 * The report's caption: the period it was asked for and, while that period runs, the instant its figures stop at
 * (a running month's figures are not the whole month's), with a replica's lag when they were read there.
 */
export function handlingCaption(report: Heading): string {
  const caption = `Tình hình giải quyết hồ sơ TTHC từ ${report.from} đến trước ${report.to}`;
  return Date.parse(report.asOf) < Date.parse(report.to)
    ? `${caption}; số liệu tính đến ${report.asOf}${lagSuffix(report.readFrom)}`
    : caption;
}

/** The download's file name: the period, and the instant the figures stop at while it runs. */
export function handlingFileName(report: Pick<HandlingReport, 'groupBy' | 'from' | 'to' | 'asOf'>): string {
  const name = `06-VPCP-KSTT_${report.groupBy}_${report.from.slice(0, 10)}_${report.to.slice(0, 10)}`;
  return Date.parse(report.asOf) < Date.parse(report.to)
    ? `${name}_tinh-den-${report.asOf.slice(0, 16).replace(':', '')}`
    : name;
}

/**
 * The period in words, and the instant the figures stop at while it runs (with a replica's lag when they were read
 * there), for the spreadsheet's heading.
 */
export function handlingPeriodLine(report: Heading): string {
  const period = `Kỳ báo cáo: ${vietnamPeriod(report.from, report.to)}`;
  return Date.parse(report.asOf) < Date.parse(report.to)
    ? `${period}; số liệu tính đến ${vietnamInstant(report.asOf)}${lagSuffix(report.readFrom)}`
    : period;
}

/**
 * Form 06/VPCP/KSTT as a worksheet headed as the form is: the reporting agency under its parent on the left, the
 * national header and motto on the right, the title and the period in words, then the table.
 */
export async function handlingXlsx(report: HandlingReport, agency: ReportAgency): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('06-VPCP-KSTT');
  const rows = table(report);
  const width = rows[0].length;
  const half = Math.floor(width / 2);
  const line = (row: number, text: string, from: number, to: number, bold = false): void => {
    sheet.mergeCells(row, from, row, to);
    const cell = sheet.getCell(row, from);
    cell.value = text;
    cell.font = { bold };
    cell.alignment = { horizontal: 'center', wrapText: true };
  };
  line(1, (agency.parent ?? '').toUpperCase(), 1, half);
  line(2, agency.name.toUpperCase(), 1, half, true);
  line(1, NATIONAL_HEADER, half + 1, width, true);
  line(2, NATIONAL_MOTTO, half + 1, width, true);
  line(4, 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH', 1, width, true);
  line(5, handlingPeriodLine(report), 1, width);
  line(6, 'Biểu số 06/VPCP/KSTT', 1, width);
  rows.forEach((r, i) => {
    sheet.getRow(HEADER_ROW + i).values = r;
  });
  sheet.getRow(HEADER_ROW).font = { bold: true };
  sheet.getRow(HEADER_ROW).alignment = { wrapText: true, vertical: 'middle' };
  sheet.getRow(HEADER_ROW + rows.length - 1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
