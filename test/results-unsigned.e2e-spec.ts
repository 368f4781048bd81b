import type { INestApplication } from '@nestjs/common';
import PDFDocument from 'pdfkit';
import request from 'supertest';
import { ManualClock } from '@motcua/common';
import { query } from './support/app';
import { bootE2e, type E2eWithWorker } from './support/boot-e2e';
import { DossierClient } from './support/dossier-client';

// Monday 23 November 2026, 08:00 in Hà Nội.
const MONDAY_8AM = new Date('2026-11-23T08:00:00+07:00');
// No agency certificate: the installation has no electronic results. Three public requests a minute per address.
delete process.env.SIGNING_P12_PATH;
delete process.env.SIGNING_P12_PASSWORD;
process.env.PUBLIC_RATE_LIMIT = '3';
// Requests come through a proxy on loopback: X-Forwarded-For names the client.
process.env.TRUST_PROXY = 'loopback';

function somePdf(): Promise<Buffer> {
  const doc = new PDFDocument();
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.text('Không ký');
  doc.end();
  return done;
}

describe('results where no signing certificate is configured', () => {
  const clock = new ManualClock(MONDAY_8AM);
  let e2e: E2eWithWorker | undefined;
  let api: INestApplication;
  let client: DossierClient;

  beforeAll(async () => {
    e2e = await bootE2e({ clock, worker: true });
    ({ api, client } = e2e);
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('answers 503 SIGNING_NOT_CONFIGURED to the signer and writes nothing; the dossier still moves on paper', async () => {
    const receipt = await client.receive('letan.xa', '2.000908');
    const code = receipt.body.code as string;
    await client.started('letan.xa', code);
    expect((await client.act('letan.xa', code, 'forward')).status).toBe(200);
    expect((await client.act('tuphap.xa1', code, 'submit', { comment: 'Đủ điều kiện' })).status).toBe(200);
    const version = (await client.get('chutich.xa', `/dossiers/${code}`)).body.version as number;
    const res = await client.post('chutich.xa', `/dossiers/${code}/result`, {
      kind: 'result',
      number: '1/BS-UBND',
      documentDate: '2026-11-23',
      signerName: 'Trần Văn Bình',
      signerTitle: 'Chủ tịch',
      decision: 'Cấp bản sao',
    });
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({
      code: 'SIGNING_NOT_CONFIGURED',
      message: expect.stringMatching(/chứng thư số/),
    });
    expect((await client.get('chutich.xa', `/dossiers/${code}`)).body.version).toBe(version);
    expect(await query('SELECT 1 FROM dossier_result')).toHaveLength(0);
    // Recording is not required: the paper result is handed over, and there is nothing to download.
    expect((await client.act('chutich.xa', code, 'sign')).status).toBe(200);
    expect((await client.act('letan.xa', code, 'hand_over')).body.status).toBe('done');
    const file = await request(api.getHttpServer())
      .get(`/api/v1/public/dossiers/${code}/result`)
      .query({ key: receipt.body.lookupKey as string });
    expect(file.status).toBe(404);
    expect(file.body.code).toBe('RESULT_NOT_FOUND');
  });

  it('still verifies a PDF (no agency certificate to compare), limited per address like the lookup', async () => {
    const pdf = await somePdf();
    const verify = () =>
      request(api.getHttpServer())
        .post('/api/v1/public/results/verify')
        .set('X-Forwarded-For', '198.51.100.7')
        .set('Content-Type', 'application/pdf')
        .send(pdf);
    const first = await verify();
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ valid: false, problem: 'NO_SIGNATURE', agencyCertificate: false });
    expect((await verify()).status).toBe(200);
    expect((await verify()).status).toBe(200);
    const limited = await verify();
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
  });
});
