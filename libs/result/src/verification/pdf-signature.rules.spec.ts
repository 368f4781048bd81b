import PDFDocument from 'pdfkit';
import { P12PdfSignerService } from '../signing/p12-pdf-signer.service';
import { selfSignedP12 } from '../signing/self-signed.rules';
import { verifyPdfSignature } from './pdf-signature.rules';

const AT = new Date('2026-11-23T03:00:00Z');
const DETAILS = {
  reason: 'Kết quả giải quyết',
  location: 'xã Gia Phú',
  name: 'Trần Văn Bình',
  contactInfo: '',
};

function plainPdf(): Promise<Buffer> {
  const doc = new PDFDocument();
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.text('Quyết định');
  doc.end();
  return done;
}

describe('verifyPdfSignature', () => {
  const agency = new P12PdfSignerService(
    selfSignedP12({ commonName: 'UBND xã Gia Phú', organization: 'Tỉnh Lào Cai', password: 'pw', now: AT }),
    'pw',
  );
  const other = new P12PdfSignerService(
    selfSignedP12({ commonName: 'Cơ quan khác', organization: 'Khác', password: '', now: AT }),
    '',
  );
  let pdf: Buffer;
  let signed: Buffer;

  beforeAll(async () => {
    pdf = await plainPdf();
    signed = await agency.sign(pdf, DETAILS, AT);
  });

  it('accepts the agency signature as PAdES baseline, naming the signer and the signing time', async () => {
    const report = await verifyPdfSignature(signed, agency.certificate());
    expect(report).toMatchObject({
      valid: true,
      problem: null,
      subFilter: 'ETSI.CAdES.detached',
      pades: true,
      agencyCertificate: true,
      signedAt: AT,
    });
    expect(report.signer).toMatchObject({ commonName: 'UBND xã Gia Phú', organization: 'Tỉnh Lào Cai' });
  });

  it('says a valid signature by another certificate is not the agency one', async () => {
    const report = await verifyPdfSignature(await other.sign(pdf, DETAILS, AT), agency.certificate());
    expect(report).toMatchObject({ valid: true, agencyCertificate: false });
    expect(report.signer?.commonName).toBe('Cơ quan khác');
  });

  it('rejects a copy with one byte of the signed range changed', async () => {
    const tampered = Buffer.from(signed);
    // A byte of the page's content stream, well inside the first signed part.
    tampered[200] ^= 0x01;
    expect(await verifyPdfSignature(tampered, agency.certificate())).toMatchObject({
      valid: false,
      problem: 'DIGEST_MISMATCH',
    });
  });

  it('rejects a PDF without signature and one changed after signing', async () => {
    expect((await verifyPdfSignature(pdf, null)).problem).toBe('NO_SIGNATURE');
    const appended = Buffer.concat([signed, Buffer.from('\n% added later\n')]);
    expect((await verifyPdfSignature(appended, null)).problem).toBe('BYTE_RANGE_INCOMPLETE');
  });
});
