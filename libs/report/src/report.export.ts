import ExcelJS from 'exceljs';
import { HANDLING_COLUMNS, KEY_HEADING, TOTAL_LABEL } from './report.columns';
import type { HandlingCounts, HandlingReport } from './report.dto';

type Cell = string | number;

function table(report: HandlingReport): Cell[][] {
  const values = (c: HandlingCounts): number[] => HANDLING_COLUMNS.map(({ field }) => c[field]);
  return [
    ['STT', KEY_HEADING[report.groupBy], 'Tên', ...HANDLING_COLUMNS.map((c) => c.heading)],
    ...report.rows.map((r, i) => [i + 1, r.key, r.label, ...values(r)]),
    ['', TOTAL_LABEL, '', ...values(report.total)],
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
 * (a running month's figures are not the whole month's).
 */
export function handlingCaption(report: Pick<HandlingReport, 'from' | 'to' | 'asOf'>): string {
  const caption = `Tình hình giải quyết hồ sơ TTHC từ ${report.from} đến trước ${report.to}`;
  return Date.parse(report.asOf) < Date.parse(report.to)
    ? `${caption}; số liệu tính đến ${report.asOf}`
    : caption;
}

/** The download's file name: the period, and the instant the figures stop at while it runs. */
export function handlingFileName(report: Pick<HandlingReport, 'groupBy' | 'from' | 'to' | 'asOf'>): string {
  const name = `06-VPCP-KSTT_${report.groupBy}_${report.from.slice(0, 10)}_${report.to.slice(0, 10)}`;
  return Date.parse(report.asOf) < Date.parse(report.to)
    ? `${name}_tinh-den-${report.asOf.slice(0, 16).replace(':', '')}`
    : name;
}

export async function handlingXlsx(report: HandlingReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('06-VPCP-KSTT');
  sheet.addRow([handlingCaption(report)]);
  const rows = table(report);
  rows.forEach((r) => sheet.addRow(r));
  sheet.getRow(2).font = { bold: true };
  sheet.getRow(rows.length + 1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
