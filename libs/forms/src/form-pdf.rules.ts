import PDFDocument from 'pdfkit';
import { toBuffer as qrPng } from 'qrcode';
import {
  type FormDocument,
  type FormSignature,
  type FormTable,
  NATIONAL_HEADER,
  NATIONAL_MOTTO,
} from './form.types';

/** DejaVu Sans from the dejavu-fonts-ttf package covers every Vietnamese letter with its diacritics. */
const FONT_REGULAR = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

/**
 * A PDF document with the Vietnamese fonts registered (`regular`, `bold`) and its bytes collected: `done` resolves
 * with them once the document is ended.
 */
export function vietnamesePdf(options: PDFKit.PDFDocumentOptions): {
  doc: PDFKit.PDFDocument;
  done: Promise<Buffer>;
} {
  const doc = new PDFDocument(options);
  doc.registerFont('regular', FONT_REGULAR);
  doc.registerFont('bold', FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}

/** An A4 PDF with the font embedded (subset), so text extraction returns the Vietnamese text intact. */
export async function renderFormPdf(form: FormDocument): Promise<Buffer> {
  const { doc, done } = vietnamesePdf({
    size: 'A4',
    layout: form.landscape ? 'landscape' : 'portrait',
    margin: form.landscape ? 36 : 50,
    info: { Title: `Mẫu ${form.number} - ${form.title}`, Producer: 'motcua' },
  });

  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const half = width / 2 - 10;
  const top = doc.y;
  doc.font('bold').fontSize(10).text(form.issuer.toUpperCase(), left, top, { width: half, align: 'center' });
  const leftBottom = doc.y;
  doc
    .font('bold')
    .fontSize(10)
    .text(NATIONAL_HEADER, left + half + 20, top, { width: half, align: 'center' });
  doc.text(NATIONAL_MOTTO, { width: half, align: 'center' });
  doc.y = Math.max(leftBottom, doc.y) + 8;
  doc.font('regular').fontSize(10).text(`Mẫu số ${form.number}`, left, doc.y, { width, align: 'center' });
  doc.moveDown(0.5);
  doc.font('bold').fontSize(14).text(form.title.toUpperCase(), { width, align: 'center' });
  doc.moveDown();

  for (const [label, value] of form.fields) {
    doc.font('bold').fontSize(11).text(`${label}: `, left, doc.y, { continued: true, width });
    doc.font('regular').text(value);
  }
  doc.moveDown(0.5);
  for (const p of form.paragraphs) {
    doc.font('regular').fontSize(11).text(p, left, doc.y, { width });
    doc.moveDown(0.3);
  }

  if (form.table) drawTable(doc, form.table, left, width);

  if (form.qr) {
    doc.moveDown();
    const png = await qrPng(form.qr, { margin: 1, width: 200 });
    const y = doc.y;
    doc.image(png, left, y, { width: 90 });
    doc
      .font('regular')
      .fontSize(9)
      .text(form.qr, left + 100, y + 35, { width: width - 100 });
    doc.y = Math.max(doc.y, y + 95);
  }
  doc.moveDown();
  doc
    .font('regular')
    .fontSize(11)
    .text(`${form.place}, ${form.issuedAt}`, left, doc.y, { width, align: 'right' });
  if (form.signatures?.length) drawSignatures(doc, form.signatures, left, width);
  doc.end();
  return done;
}

/** Signature blocks side by side: title, instruction, room to sign, the printed name. */
function drawSignatures(
  doc: PDFKit.PDFDocument,
  signatures: FormSignature[],
  left: number,
  width: number,
): void {
  const column = width / signatures.length;
  if (doc.y + 130 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.moveDown();
  const top = doc.y;
  let bottom = top;
  signatures.forEach((sig, i) => {
    const x = left + i * column;
    const options = { width: column - 10, align: 'center' as const };
    doc.font('bold').fontSize(11).text(sig.title.toUpperCase(), x, top, options);
    doc.font('regular').fontSize(10).text(sig.note, x, doc.y, options);
    doc
      .font('bold')
      .fontSize(11)
      .text(sig.name, x, doc.y + 60, options);
    bottom = Math.max(bottom, doc.y);
  });
  doc.x = left;
  doc.y = bottom;
}

function drawTable(doc: PDFKit.PDFDocument, table: FormTable, left: number, width: number): void {
  const weights = table.widths ?? table.headers.map(() => 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => (w / sum) * width);
  const xs = widths.map((_, i) => left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const pad = 3;
  const drawRow = (cells: string[], font: string): void => {
    doc.font(font).fontSize(table.headers.length > 8 ? 7.5 : 9);
    const height =
      Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: widths[i]! - 2 * pad }))) + 2 * pad;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      if (font !== 'bold') drawRow(table.headers, 'bold'); // the heading again on every page
      doc.font(font).fontSize(table.headers.length > 8 ? 7.5 : 9);
    }
    const y = doc.y;
    cells.forEach((cell, i) => {
      doc.rect(xs[i]!, y, widths[i]!, height).stroke();
      doc.text(cell, xs[i]! + pad, y + pad, { width: widths[i]! - 2 * pad });
    });
    doc.x = left;
    doc.y = y + height;
  };
  doc.moveDown(0.5);
  drawRow(table.headers, 'bold');
  for (const row of table.rows) drawRow(row, 'regular');
}
