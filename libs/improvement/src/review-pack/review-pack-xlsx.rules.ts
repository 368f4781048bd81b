import ExcelJS from 'exceljs';
import type { ReviewPack } from './review-pack.types';
import {
  NATIONAL_HEADER,
  NATIONAL_MOTTO,
  PACK_SUBTITLE,
  PACK_TITLE,
  packCover,
} from './review-pack-cover.rules';
import { type PackTable, packTables } from './review-pack-tables.rules';

/** The row of a section sheet where its table's heading stands, under the section's title. */
export const TABLE_HEADER_ROW = 3;

function coverSheet(workbook: ExcelJS.Workbook, pack: ReviewPack): void {
  const cover = packCover(pack);
  const sheet = workbook.addWorksheet('Tổng quan');
  sheet.getColumn(1).width = 50;
  sheet.getColumn(2).width = 50;
  const line = (row: number, column: number, text: string, bold = false): void => {
    const cell = sheet.getCell(row, column);
    cell.value = text;
    cell.font = { bold };
    cell.alignment = { horizontal: 'center', wrapText: true };
  };
  line(1, 1, cover.issuerParent);
  line(2, 1, cover.issuer, true);
  line(1, 2, NATIONAL_HEADER, true);
  line(2, 2, NATIONAL_MOTTO, true);
  for (const [row, text] of [PACK_TITLE, PACK_SUBTITLE, cover.year, cover.period].entries()) {
    sheet.mergeCells(4 + row, 1, 4 + row, 2);
    line(4 + row, 1, text, row === 0);
  }
  cover.summary.forEach(([label, value], i) => {
    sheet.getRow(9 + i).values = [label, value];
  });
}

function tableSheet(workbook: ExcelJS.Workbook, table: PackTable): void {
  const sheet = workbook.addWorksheet(table.sheet);
  sheet.mergeCells(1, 1, 1, table.headers.length);
  sheet.getCell(1, 1).value = table.title;
  sheet.getCell(1, 1).font = { bold: true };
  const header = sheet.getRow(TABLE_HEADER_ROW);
  header.values = table.headers;
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  table.widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w * 3));
  table.rows.forEach((r, i) => {
    const row = sheet.getRow(TABLE_HEADER_ROW + 1 + i);
    row.values = r;
    if (table.boldRows.includes(i)) row.font = { bold: true };
  });
  if (table.rows.length === 0) sheet.getCell(TABLE_HEADER_ROW + 1, 1).value = table.empty;
  sheet.views = [{ state: 'frozen', ySplit: TABLE_HEADER_ROW }];
}

/** The pack as a workbook: a cover sheet, then one sheet per section (procedures, steps, matters to review). */
export async function reviewPackXlsx(pack: ReviewPack): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  coverSheet(workbook, pack);
  for (const table of packTables(pack)) tableSheet(workbook, table);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
