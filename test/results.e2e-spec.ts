import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import PDFDocument from 'pdfkit';
import request, { type Response as AgentResponse } from 'supertest';
import { ManualClock } from '@motcua/common';
import { selfSignedP12 } from '@motcua/result';
import { query } from './support/app';
import { bootE2e, type E2eWithWorker } from './support/boot-e2e';
import { DossierClient } from './support/dossier-client';
import { pdfToText as pdfText } from './support/pdf-text';

// Monday 23 November 2026, 08:00 in Hà Nội.
const MONDAY_8AM = new Date('2026-11-23T08:00:00+07:00');
const P12_PASSWORD = 'e2e-signing-password';

// The agency's certificate and the file store, in a directory of this suite's own.
const dir = mkdtempSync(join(tmpdir(), 'motcua-results-'));
writeFileSync(
  join(dir, 'agency.p12'),
  selfSignedP12({
    commonName: 'Ủy ban nhân dân xã Gia Phú',
    organization: 'Tỉnh Lào Cai',
    password: P12_PASSWORD,
    now: MONDAY_8AM,
  }),
);
process.env.SIGNING_P12_PATH = join(dir, 'agency.p12');
process.env.SIGNING_P12_PASSWORD = P12_PASSWORD;
process.env.FILES_DIR = join(dir, 'files');

const binary = (res: AgentResponse, done: (error: Error | null, body: Buffer) => void): void => {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
};

function somePdf(text: string): Promise<Buffer> {
  const doc = new PDFDocument();
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.text(text);
  doc.end();
  return done;
}

const PARTICULARS = {
  kind: 'result',
  number: '15/BS-UBND',
  documentDate: '2026-11-23',
  signerName: 'Trần Văn Bình',
  signerTitle: 'Chủ tịch',
  decision: 'Cấp bản sao từ sổ gốc Giấy khai sinh cho người yêu cầu.',
};

describe('the electronic result: recorded at its step, signed (PAdES), downloaded and verified', () => {
  const clock = new ManualClock(MONDAY_8AM);
  let e2e: E2eWithWorker | undefined;
  let api: INestApplication;
  let client: DossierClient;
  const keys = new Map<string, string>();

  beforeAll(async () => {
    e2e = await bootE2e({ clock, worker: true });
    ({ api, client } = e2e);
  });

  afterAll(async () => {
    await e2e?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const http = () => request(api.getHttpServer());
  const auth = async (username: string) => `Bearer ${await client.token(username)}`;
  const record = async (username: string, code: string, body: Record<string, unknown> = PARTICULARS) =>
    http()
      .post(`/api/v1/dossiers/${code}/result`)
      .set('Authorization', await auth(username))
      .send(body);
  const upload = async (username: string, code: string, pdf: Buffer, particulars = PARTICULARS) =>
    http()
      .post(`/api/v1/dossiers/${code}/result/pdf`)
      .query(particulars)
      .set('Authorization', await auth(username))
      .set('Content-Type', 'application/pdf')
      .send(pdf);
  const officerFile = async (username: string, code: string) =>
    http()
      .get(`/api/v1/dossiers/${code}/result/file`)
      .set('Authorization', await auth(username))
      .buffer(true)
      .parse(binary);
  const publicFile = (code: string, key: string) =>
    http().get(`/api/v1/public/dossiers/${code}/result`).query({ key }).buffer(true).parse(binary);
  const verify = (pdf: Buffer) =>
    http().post('/api/v1/public/results/verify').set('Content-Type', 'application/pdf').send(pdf);

  /** A 2.000908 dossier walked to its signing step (the leader's), where the result is recorded. */
  async function atSigning(n: number): Promise<string> {
    const receipt = await client.receive('letan.xa', '2.000908', {}, n);
    expect(receipt.status).toBe(201);
    const code = receipt.body.code as string;
    keys.set(code, receipt.body.lookupKey as string);
    await client.started('letan.xa', code);
    expect((await client.act('letan.xa', code, 'forward')).status).toBe(200);
    return code;
  }

  it('is recorded by the step owner at the signing step, signed with the agency certificate and verifiable', async () => {
    const code = await atSigning(1);
    // At the appraisal step the result is not recorded yet, not even by its owner.
    const early = await record('tuphap.xa1', code);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('RESULT_NOT_AT_RESULT_STEP');
    expect((await client.act('tuphap.xa1', code, 'submit', { comment: 'Đủ điều kiện' })).status).toBe(200);

    // Someone else's step: refused; a unit the dossier never reached does not even see it.
    const notOwner = await record('tuphap.xa1', code);
    expect(notOwner.status).toBe(403);
    expect(notOwner.body).toMatchObject({
      code: 'RESULT_NOT_STEP_OWNER',
      message: expect.stringMatching(/bước/),
    });
    expect((await record('xaydung.cv1', code)).status).toBe(404);
    // The template needs the decision's text; a date after today is refused.
    const noDecision = await record('chutich.xa', code, { ...PARTICULARS, decision: undefined });
    expect(noDecision.body.code).toBe('RESULT_DECISION_REQUIRED');
    const future = await record('chutich.xa', code, { ...PARTICULARS, documentDate: '2026-11-24' });
    expect(future.body.code).toBe('RESULT_INVALID_DATE');
    expect(await query(`SELECT 1 FROM dossier_result`)).toHaveLength(0);

    const recorded = await record('chutich.xa', code);
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({
      kind: 'result',
      number: '15/BS-UBND',
      documentDate: '2026-11-23',
      source: 'template',
      recordedBy: 'chutich.xa',
      signedAt: '2026-11-23T08:00:00+07:00',
    });
    // The row and its audited event in one transaction, the dossier left where it stands.
    const [event] = await query<{ action: string; payload: Record<string, unknown>; to_status: string }>(
      `SELECT e.action, e.payload, e.to_status FROM dossier_event e JOIN dossier d ON d.id = e.dossier_id
        WHERE d.code = $1 ORDER BY e.version DESC LIMIT 1`,
      [code],
    );
    expect(event).toMatchObject({
      action: 'record_result',
      to_status: 'in_progress',
      payload: { kind: 'result', number: '15/BS-UBND', sha256: recorded.body.sha256 },
    });

    // Those who may read the dossier read the result; reception of the receiving unit among them.
    const meta = await client.get('letan.xa', `/dossiers/${code}/result`);
    expect(meta.status).toBe(200);
    expect(meta.body.sha256).toBe(recorded.body.sha256);
    expect((await client.get('xaydung.cv1', `/dossiers/${code}/result`)).status).toBe(404);
    expect((await officerFile('xaydung.cv1', code)).status).toBe(404);

    const file = await officerFile('letan.xa', code);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    const pdf = file.body as Buffer;
    const text = await pdfText(pdf);
    for (const line of ['15/BS-UBND', 'Cấp bản sao từ sổ gốc Giấy khai sinh', 'Trần Văn Bình', code])
      expect(text).toContain(line);
    const logged = await query<{ username: string; kind: string; detail: string }>(
      `SELECT username, kind, detail FROM access_log WHERE dossier_code = $1 AND kind = 'result'`,
      [code],
    );
    expect(logged).toEqual([{ username: 'letan.xa', kind: 'result', detail: 'result.pdf' }]);

    const checked = await verify(pdf);
    expect(checked.status).toBe(200);
    expect(checked.body).toMatchObject({
      valid: true,
      problem: null,
      subFilter: 'ETSI.CAdES.detached',
      pades: true,
      agencyCertificate: true,
      signedAt: '2026-11-23T08:00:00+07:00',
      signer: { commonName: 'Ủy ban nhân dân xã Gia Phú', fingerprint: recorded.body.certificateSha256 },
    });

    // One byte changed in the signed range: the signature no longer holds.
    const tampered = Buffer.from(pdf);
    const at = tampered.indexOf('/Producer');
    tampered[at + 1] = 'p'.charCodeAt(0);
    const refused = await verify(tampered);
    expect(refused.body).toMatchObject({
      valid: false,
      problem: 'DIGEST_MISMATCH',
      agencyCertificate: false,
    });
    expect(refused.body.message).toMatch(/thay đổi sau khi ký/);
    expect((await verify(await somePdf('Không ký'))).body).toMatchObject({
      valid: false,
      problem: 'NO_SIGNATURE',
    });
    const notPdf = await verify(Buffer.from('hello'));
    expect(notPdf.status).toBe(415);
    expect(notPdf.body.code).toBe('RESULT_NOT_PDF');
  });

  it('is downloadable by the citizen with the code and key only once returned (status 10)', async () => {
    const code = await atSigning(2);
    const key = keys.get(code)!;
    expect((await client.act('tuphap.xa1', code, 'submit', { comment: 'Đủ điều kiện' })).status).toBe(200);
    expect((await record('chutich.xa', code)).status).toBe(201);
    expect((await client.act('chutich.xa', code, 'sign')).body.status).toBe('result_ready');

    const lookup = await http().get(`/api/v1/public/dossiers/${code}`).query({ key });
    expect(lookup.body.result).toEqual({
      number: '15/BS-UBND',
      issuedAt: '2026-11-23',
      signer: 'Chủ tịch Trần Văn Bình',
      downloadable: false,
    });
    expect(lookup.body.timeline.map((e: { action: string }) => e.action)).not.toContain('record_result');
    const early = await publicFile(code, key);
    expect(early.status).toBe(409);
    expect(early.body.toString()).toContain('RESULT_NOT_RETURNED');

    // Reception corrects the result at the release step with the signed scan it uploads.
    const notPdf = await upload('letan.xa', code, Buffer.from('GIF89a not a pdf'));
    expect(notPdf.status).toBe(415);
    const broken = await upload('letan.xa', code, Buffer.from('%PDF-1.7\nnot really a PDF\n%%EOF\n'));
    expect(broken.status).toBe(422);
    expect(broken.body).toMatchObject({
      code: 'RESULT_PDF_UNSIGNABLE',
      message: expect.stringMatching(/PDF/),
    });
    expect((await client.get('letan.xa', `/dossiers/${code}/result`)).body.source).toBe('template');
    const scan = await somePdf('Ban sao tu so goc, so 16/BS-UBND');
    const uploaded = await upload('letan.xa', code, scan, { ...PARTICULARS, number: '16/BS-UBND' });
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({ source: 'upload', number: '16/BS-UBND', recordedBy: 'letan.xa' });

    expect((await client.act('letan.xa', code, 'hand_over')).body.status).toBe('done');
    const closed = await record('letan.xa', code);
    expect(closed.status).toBe(409);
    expect(closed.body.code).toBe('RESULT_NOT_RECORDABLE');

    expect((await publicFile(code, 'WRONGKEY')).status).toBe(404);
    const returned = await publicFile(code, key);
    expect(returned.status).toBe(200);
    expect(returned.headers['content-type']).toBe('application/pdf');
    const signed = returned.body as Buffer;
    expect(await pdfText(signed)).toContain('16/BS-UBND');
    expect((await verify(signed)).body).toMatchObject({ valid: true, pades: true, agencyCertificate: true });
    const after = await http().get(`/api/v1/public/dossiers/${code}`).query({ key });
    expect(after.body.result).toMatchObject({ number: '16/BS-UBND', downloadable: true });
    const downloads = await query<{ kind: string }>(
      `SELECT kind FROM public_access_log WHERE dossier_code = $1`,
      [code],
    );
    expect(downloads).toEqual([{ kind: 'result' }]);
  });

  it('issues the written refusal of an accepted dossier once, with the refuse action reason, by the unit that refused', async () => {
    const code = await atSigning(3);
    const key = keys.get(code)!;
    expect((await client.act('tuphap.xa1', code, 'submit', { comment: 'Đủ điều kiện' })).status).toBe(200);
    const reason = 'Sổ gốc không còn lưu giữ tại Ủy ban nhân dân xã';
    expect((await client.act('chutich.xa', code, 'refuse', { reason })).body.status).toBe('refused');
    const refusal = { ...PARTICULARS, kind: 'refusal', number: '17/TB-UBND', decision: undefined };

    const stranger = await record('tuphap.xa1', code, refusal);
    expect(stranger.status).toBe(403);
    expect((await record('chutich.xa', code, { ...refusal, kind: 'result' })).body.code).toBe(
      'RESULT_NOT_RECORDABLE',
    );
    const issued = await record('chutich.xa', code, refusal);
    expect(issued.status).toBe(201);
    expect(issued.body).toMatchObject({ kind: 'refusal', decision: reason });
    expect((await record('chutich.xa', code, refusal)).body.code).toBe('RESULT_ALREADY_ISSUED');

    // A refusal after acceptance is the dossier's result (status 10): the citizen downloads it at once.
    const lookup = await http().get(`/api/v1/public/dossiers/${code}`).query({ key });
    expect(lookup.body).toMatchObject({
      portalStatus: 10,
      result: { number: '17/TB-UBND', downloadable: true },
    });
    const file = await publicFile(code, key);
    expect(file.status).toBe(200);
    const text = await pdfText(file.body as Buffer);
    expect(text).toContain('TỪ CHỐI GIẢI QUYẾT');
    expect(text).toContain(reason);
  });

  it('counts the electronic results in the Decision 766 indicators', async () => {
    const res = await client.get(
      'giamdoc.ttxa',
      '/reports/indicators?from=2026-11-01T00:00:00%2B07:00&to=2026-12-01T00:00:00%2B07:00',
    );
    expect(res.status).toBe(200);
    const rate = (res.body.indicators as Array<{ key: string }>).find(
      (i) => i.key === 'electronicResultRate',
    );
    // Resolved: the dossier handed over and the one refused after acceptance, both with their signed document.
    expect(rate).toMatchObject({ numerator: 2, denominator: 2, value: 100 });
  });
});
