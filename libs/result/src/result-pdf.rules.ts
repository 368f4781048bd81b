import { NATIONAL_HEADER, NATIONAL_MOTTO, vietnamesePdf } from '@motcua/forms';
import type { ResultDocument } from './result-template.rules';

/** An A4 PDF of the result, the font embedded; written with a classic cross-reference table, so it takes a signature. */
export function renderResultPdf(document: ResultDocument, at: Date): Promise<Buffer> {
  const { doc, done } = vietnamesePdf({
    size: 'A4',
    margin: 56,
    info: { Title: `${document.title} - ${document.number}`, Producer: 'motcua', CreationDate: at },
  });
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const half = width / 2 - 10;
  const top = doc.y;
  doc
    .font('bold')
    .fontSize(11)
    .text(document.issuer.toUpperCase(), left, top, { width: half, align: 'center' });
  doc.font('regular').fontSize(11).text(`Số: ${document.number}`, { width: half, align: 'center' });
  const leftBottom = doc.y;
  doc
    .font('bold')
    .fontSize(11)
    .text(NATIONAL_HEADER, left + half + 20, top, { width: half, align: 'center' });
  doc.text(NATIONAL_MOTTO, { width: half, align: 'center' });
  doc.y = Math.max(leftBottom, doc.y) + 8;
  doc.font('regular').fontSize(11).text(document.placeAndDate, left, doc.y, { width, align: 'right' });
  doc.moveDown();
  doc.font('bold').fontSize(14).text(document.title.toUpperCase(), { width, align: 'center' });
  doc.moveDown();
  for (const [label, value] of document.fields) {
    doc.font('bold').fontSize(12).text(`${label}: `, left, doc.y, { continued: true, width });
    doc.font('regular').text(value);
  }
  doc.moveDown(0.5);
  doc.font('regular').fontSize(12).text(document.decision, left, doc.y, { width, align: 'justify' });
  doc.moveDown(2);
  const signer = left + width / 2;
  doc
    .font('bold')
    .fontSize(12)
    .text(document.signerTitle.toUpperCase(), signer, doc.y, { width: width / 2, align: 'center' });
  doc
    .font('regular')
    .fontSize(10)
    .text('(Đã ký số)', { width: width / 2, align: 'center' });
  doc.moveDown(2);
  doc
    .font('bold')
    .fontSize(12)
    .text(document.signerName, { width: width / 2, align: 'center' });
  doc.end();
  return done;
}
