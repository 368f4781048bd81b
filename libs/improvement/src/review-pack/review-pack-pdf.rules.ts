import { vietnamesePdf } from '@motcua/forms';
import type { ReviewPack } from './review-pack.types';
import {
  NATIONAL_HEADER,
  NATIONAL_MOTTO,
  PACK_SUBTITLE,
  PACK_TITLE,
  type PackCover,
  packCover,
} from './review-pack-cover.rules';
import { type PackTable, packTables } from './review-pack-tables.rules';

type Doc = PDFKit.PDFDocument;
const PAD = 3;
const SECTION_PAGE: PDFKit.PDFDocumentOptions = { size: 'A4', layout: 'landscape', margin: 36 };

/** The cover page: the agency under its parent and the national header, the title, the year and the summary. */
function drawCover(doc: Doc, cover: PackCover): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const half = width / 2 - 10;
  const top = doc.y;
  doc.font('regular').fontSize(10).text(cover.issuerParent, left, top, { width: half, align: 'center' });
  doc.font('bold').text(cover.issuer, { width: half, align: 'center' });
  const leftBottom = doc.y;
  doc.font('bold').text(NATIONAL_HEADER, left + half + 20, top, { width: half, align: 'center' });
  doc.text(NATIONAL_MOTTO, { width: half, align: 'center' });
  doc.y = Math.max(leftBottom, doc.y) + 120;
  doc.font('bold').fontSize(16).text(PACK_TITLE, left, doc.y, { width, align: 'center' });
  doc.moveDown(0.5);
  doc.font('regular').fontSize(12).text(PACK_SUBTITLE, { width, align: 'center' });
  doc.moveDown(0.5);
  doc.font('bold').fontSize(14).text(cover.year.toUpperCase(), { width, align: 'center' });
  doc.moveDown(0.5);
  doc.font('regular').fontSize(11).text(cover.period, { width, align: 'center' });
  doc.moveDown(3);
  drawTable(doc, { headers: ['Chỉ tiêu', 'Số liệu'], widths: [3, 2], rows: cover.summary, boldRows: [] });
}

type Grid = Pick<PackTable, 'headers' | 'widths' | 'rows' | 'boldRows'>;

/** A bordered table that breaks across pages, its heading repeated at the top of each. */
function drawTable(doc: Doc, table: Grid): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const sum = table.widths.reduce((a, b) => a + b, 0);
  const widths = table.widths.map((w) => (w / sum) * width);
  const xs = widths.map((_, i) => left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const size = table.headers.length > 10 ? 6.5 : 9;
  const drawRow = (cells: ReadonlyArray<string | number>, font: string, heading: boolean): void => {
    doc.font(font).fontSize(size);
    const text = cells.map(String);
    const height =
      Math.max(...text.map((c, i) => doc.heightOfString(c, { width: widths[i]! - 2 * PAD }))) + 2 * PAD;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
      doc.addPage(SECTION_PAGE);
      if (!heading) drawRow(table.headers, 'bold', true);
      doc.font(font).fontSize(size);
    }
    const y = doc.y;
    text.forEach((cell, i) => {
      doc.rect(xs[i]!, y, widths[i]!, height).stroke();
      doc.text(cell, xs[i]! + PAD, y + PAD, { width: widths[i]! - 2 * PAD });
    });
    doc.x = left;
    doc.y = y + height;
  };
  drawRow(table.headers, 'bold', true);
  table.rows.forEach((row, i) => drawRow(row, table.boldRows.includes(i) ? 'bold' : 'regular', false));
}

/** A section on a new landscape page: its title, then its table, or a sentence when it has no rows. */
function drawSection(doc: Doc, table: PackTable): void {
  doc.addPage(SECTION_PAGE);
  const left = doc.page.margins.left;
  doc.font('bold').fontSize(12).text(table.title, left, doc.y);
  doc.moveDown(0.5);
  if (table.rows.length === 0) doc.font('regular').fontSize(11).text(table.empty);
  else drawTable(doc, table);
}

/** The pack as an A4 PDF: a portrait cover, then each section on landscape pages. */
export function reviewPackPdf(pack: ReviewPack): Promise<Buffer> {
  const { doc, done } = vietnamesePdf({
    size: 'A4',
    margin: 50,
    info: { Title: `${PACK_TITLE} - ${pack.agency.name} - ${pack.year}`, Producer: 'motcua' },
  });
  drawCover(doc, packCover(pack));
  for (const table of packTables(pack)) drawSection(doc, table);
  doc.end();
  return done;
}
