import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import fc from 'fast-check';
import PDFDocument from 'pdfkit';
import { ManualClock } from '@motcua/common';
import { selfSignedP12 } from '@motcua/result';
import { query } from './support/app';
import { bootE2e, type E2eWithWorker } from './support/boot-e2e';
import { DossierClient } from './support/dossier-client';
import { bodies, fuzzOptions, pathParam, queries, RawBodyOf, rawBodies } from './support/fuzz';
import { expectHandled, type FuzzRequest, send } from './support/fuzz-http';

// Monday 23 November 2026, 08:00 in Hà Nội.
const MONDAY_8AM = new Date('2026-11-23T08:00:00+07:00');
const dir = mkdtempSync(join(tmpdir(), 'motcua-fuzz-results-'));
writeFileSync(
  join(dir, 'agency.p12'),
  selfSignedP12({ commonName: 'UBND xã Gia Phú', organization: 'Lào Cai', password: 'pw', now: MONDAY_8AM }),
);
process.env.SIGNING_P12_PATH = join(dir, 'agency.p12');
process.env.SIGNING_P12_PASSWORD = 'pw';
process.env.FILES_DIR = join(dir, 'files');

const VALID = {
  kind: 'result',
  number: '15/BS-UBND',
  documentDate: '2026-11-23',
  signerName: 'Trần Văn Bình',
  signerTitle: 'Chủ tịch',
  decision: 'Cấp bản sao',
};

function somePdf(): Promise<Buffer> {
  const doc = new PDFDocument();
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.text('Bản sao');
  doc.end();
  return done;
}

describe('fuzzed requests to the result routes: a 2xx or an explained 4xx, never a 5xx', () => {
  const clock = new ManualClock(MONDAY_8AM);
  let e2e: E2eWithWorker | undefined;
  let api: INestApplication;
  let client: DossierClient;
  let signing: string;
  let done: { code: string; key: string };
  let pdf: Buffer;
  let signed: Buffer;
  let publicHits = 0;
  let reached = new Set<string>();
  beforeEach(() => (reached = new Set()));

  beforeAll(async () => {
    e2e = await bootE2e({ clock, worker: true });
    ({ api, client } = e2e);
    pdf = await somePdf();
    const atSigning = async (n: number) => {
      const receipt = await client.receive('letan.xa', '2.000908', {}, n);
      const code = receipt.body.code as string;
      await client.started('letan.xa', code);
      await client.act('letan.xa', code, 'forward');
      await client.act('tuphap.xa1', code, 'submit', { comment: 'Đủ điều kiện' });
      return { code, key: receipt.body.lookupKey as string };
    };
    signing = (await atSigning(1)).code;
    done = await atSigning(2);
    expect((await client.post('chutich.xa', `/dossiers/${done.code}/result`, VALID)).status).toBe(201);
    await client.act('chutich.xa', done.code, 'sign');
    await client.act('letan.xa', done.code, 'hand_over');
    const file = await client
      .get('letan.xa', `/dossiers/${done.code}/result/file`)
      .then((r) => r.body as Buffer);
    signed = Buffer.isBuffer(file) ? file : Buffer.from(file);
    expect(signed.subarray(0, 5).toString()).toBe('%PDF-');
    expect(signed.includes('/ByteRange')).toBe(true);
  }, 120_000);

  afterAll(async () => {
    await e2e?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const answer = async (r: FuzzRequest) => {
    // The public routes count requests per address and window: move to the next window now and then.
    if (r.path.startsWith('/public/') && ++publicHits % 20 === 0) clock.advance(60_000);
    const res = await send(api, r);
    expectHandled(r, res);
    reached.add(res.status < 300 ? '2xx' : (res.body as { code: string }).code);
  };

  async function fuzz<T>(arb: fc.Arbitrary<T>, request: (value: T) => FuzzRequest, reach: string[]) {
    await fc.assert(
      fc.asyncProperty(arb, async (value) => answer(request(value))),
      fuzzOptions(),
    );
    expect([...reached]).toEqual(expect.arrayContaining(reach));
  }

  const token = (username: string) => client.token(username);
  const withBody = (r: FuzzRequest, body: unknown): FuzzRequest =>
    body instanceof RawBodyOf ? { ...r, raw: body.raw } : { ...r, body };
  /** PDF bodies: the real one, signed or not, a byte changed, cut, or not a PDF at all. */
  const pdfBodies = () =>
    fc.oneof(
      fc.constantFrom(pdf, signed),
      fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })).map(([at, x]) => {
        const copy = Buffer.from(signed);
        copy[at % copy.length] ^= x;
        return copy;
      }),
      fc.nat().map((cut) => signed.subarray(0, cut % signed.length)),
      fc
        .uint8Array({ maxLength: 200 })
        .map((bytes) => Buffer.concat([Buffer.from('%PDF-1.7\n'), bytes, Buffer.from('\n%%EOF')])),
      fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
    );

  it('POST /dossiers/:code/result', async () => {
    const signer = await token('chutich.xa');
    await fuzz(
      fc.tuple(pathParam(signing), bodies(VALID)),
      ([code, body]) => withBody({ method: 'post', path: `/dossiers/${code}/result`, token: signer }, body),
      ['2xx', 'VALIDATION_FAILED', 'DOSSIER_NOT_FOUND'],
    );
  });

  it('POST /dossiers/:code/result/pdf', async () => {
    const signer = await token('chutich.xa');
    await fuzz(
      fc.tuple(
        pathParam(signing),
        fc.oneof(fc.constant(VALID), queries(VALID)),
        fc.oneof(
          pdfBodies().map((bytes) => ({ contentType: 'application/pdf', text: bytes })),
          rawBodies(VALID),
        ),
      ),
      ([code, q, raw]) => ({
        method: 'post',
        path: `/dossiers/${code}/result/pdf`,
        token: signer,
        query: q,
        raw,
      }),
      ['2xx', 'VALIDATION_FAILED', 'RESULT_NOT_PDF'],
    );
  });

  it('GET /dossiers/:code/result and /result/file', async () => {
    const reader = await token('letan.xa');
    await fuzz(
      fc.tuple(pathParam(done.code, signing), fc.boolean()),
      ([code, file]) => ({
        method: 'get',
        path: `/dossiers/${code}/result${file ? '/file' : ''}`,
        token: reader,
      }),
      ['2xx', 'DOSSIER_NOT_FOUND'],
    );
  });

  it('GET /public/dossiers/:code/result', () =>
    fuzz(
      fc.tuple(
        pathParam(done.code, signing),
        fc.oneof({ weight: 3, arbitrary: fc.constant(done.key) }, fc.string({ maxLength: 12 })),
      ),
      ([code, key]) => ({ method: 'get', path: `/public/dossiers/${code}/result`, query: { key } }),
      ['2xx', 'NOT_FOUND'],
    ));

  it('POST /public/results/verify', () =>
    fuzz(
      fc.oneof(
        pdfBodies().map((bytes) => ({ contentType: 'application/pdf', text: bytes })),
        rawBodies({ pdf: 'x' }),
      ),
      (raw) => ({ method: 'post', path: '/public/results/verify', raw }),
      ['2xx', 'RESULT_NOT_PDF'],
    ));

  it('left no dossier without its audit event, nor a result without its event', async () => {
    const halfWritten = await query<{ code: string }>(
      `SELECT d.code FROM dossier d
        WHERE d.version <> coalesce((SELECT max(e.version) FROM dossier_event e WHERE e.dossier_id = d.id), 0)`,
    );
    expect(halfWritten).toEqual([]);
    const orphans = await query(
      `SELECT r.dossier_id FROM dossier_result r
        WHERE NOT EXISTS (SELECT 1 FROM dossier_event e WHERE e.dossier_id = r.dossier_id
                            AND e.version = r.recorded_version AND e.action = 'record_result')`,
    );
    expect(orphans).toEqual([]);
  });
});
