import { createHash, randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { query } from './support/app';
import { bootE2e, type E2eWithWorker } from './support/boot-e2e';
import { applicant, DossierClient } from './support/dossier-client';
import { submitToPortal } from './support/portal';

const RECEPTION = 'letan.xa';

describe('portal inbound: signed online dossiers into reception', () => {
  let e2e: E2eWithWorker | undefined;
  let api: INestApplication;
  let client: DossierClient;
  let documents: Array<{ name: string; originals: number; copies: number }>;

  beforeAll(async () => {
    e2e = await bootE2e({ worker: true });
    ({ api, client } = e2e);
    documents = await client.documentsOf('2.000908');
  });

  afterAll(async () => {
    await e2e?.close();
  });

  let n = 0;
  const dossier = (extra: Record<string, unknown> = {}) => ({
    portalDossierId: `G22.99-${randomUUID()}`,
    procedureCode: '2.000908',
    receivingUnit: 'mot-cua-xa',
    applicant: applicant(++n),
    documents,
    payment: { status: 'not_required' },
    summary: 'Cấp bản sao từ sổ gốc',
    ...extra,
  });

  const counts = async () => {
    const [row] = await query<{ dossiers: number; nonces: number; links: number }>(
      `SELECT (SELECT count(*)::int FROM dossier) AS dossiers, (SELECT count(*)::int FROM portal_nonce) AS nonces,
              (SELECT count(*)::int FROM portal_dossier) AS links`,
    );
    return row;
  };

  it('records a signed submission as `submitted` in the inbox of reception of the receiving unit', async () => {
    const res = await submitToPortal(api, dossier());
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      code: expect.stringMatching(/^000\.01\.52\.H38-\d{6}-\d{4}$/),
      lookupKey: expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{8}$/),
      status: 'submitted',
      portalStatus: 1,
    });
    const code = res.body.code as string;

    const inbox = await client.get(RECEPTION, '/inbox');
    expect(inbox.body.items.map((d: { code: string }) => d.code)).toContain(code);
    const view = await client.get(RECEPTION, `/dossiers/${code}`);
    expect(view.body).toMatchObject({
      status: 'submitted',
      portalStatus: 1,
      channel: 'online',
      step: null,
      appointmentAt: null,
      allowedActions: ['accept', 'request_supplement', 'refuse'],
    });
    const history = await client.get(RECEPTION, `/dossiers/${code}/history`);
    expect(history.body[0]).toMatchObject({
      action: 'submit',
      toStatus: 'submitted',
      actor: { username: 'dvcqg', role: 'portal' },
    });
    // Another unit's reception does not see it.
    const other = await client.get('letan.tinh1', '/inbox');
    expect(other.body.items.map((d: { code: string }) => d.code)).not.toContain(code);
  });

  it('gives the same dossier for a resend, even with a new nonce, and for two concurrent sends', async () => {
    const payload = dossier();
    const first = await submitToPortal(api, payload);
    expect(first.status).toBe(201);
    const again = await submitToPortal(api, payload);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);

    const racing = dossier();
    const [a, b] = await Promise.all([submitToPortal(api, racing), submitToPortal(api, racing)]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(a.body.code).toBe(b.body.code);
    for (const id of [payload.portalDossierId, racing.portalDossierId]) {
      const rows = await query(
        `SELECT d.code FROM portal_dossier p JOIN dossier d ON d.id = p.dossier_id WHERE p.portal_dossier_id = $1`,
        [id],
      );
      expect(rows).toHaveLength(1);
    }
  });

  it('accepts an ISO 8601 timestamp', async () => {
    const res = await submitToPortal(api, dossier(), { timestamp: new Date().toISOString() });
    expect(res.status).toBe(201);
  });

  it('refuses a bad signature, an old timestamp, a reused nonce or an unknown key with 401, storing nothing', async () => {
    const used = randomUUID();
    expect((await submitToPortal(api, dossier(), { nonce: used })).status).toBe(201);
    const before = await counts();
    const cases: Array<[Record<string, string>, string]> = [
      [{ signature: 'ab'.repeat(32) }, 'PORTAL_BAD_SIGNATURE'],
      [{ secret: 'another-secret-0123456789' }, 'PORTAL_BAD_SIGNATURE'],
      [{ timestamp: String(Math.floor(Date.now() / 1000) - 6 * 60) }, 'PORTAL_STALE_TIMESTAMP'],
      [{ timestamp: String(Math.floor(Date.now() / 1000) + 5 * 60) }, 'PORTAL_STALE_TIMESTAMP'],
      [{ nonce: used }, 'PORTAL_REPLAYED_NONCE'],
      [{ apiKey: 'not-a-key' }, 'PORTAL_UNKNOWN_CLIENT'],
    ];
    for (const [options, code] of cases) {
      const res = await submitToPortal(api, dossier(), options);
      expect({ options, status: res.status, code: res.body.code }).toEqual({ options, status: 401, code });
    }
    expect(await counts()).toEqual(before);
  });

  it('answers 400 naming the fields of an invalid body, 422 for an unknown procedure or unit', async () => {
    const bad = await submitToPortal(api, {
      ...dossier(),
      portalDossierId: '',
      applicant: { ...applicant(99), phone: '123' },
      payment: { status: 'maybe' },
      documents: [{ name: documents[0].name, originals: 1, copies: 0, contentBase64: 'not base64!' }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    const fields = (bad.body.details.fields as Array<{ field: string }>).map((f) => f.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'portalDossierId',
        'applicant.phone',
        'payment.status',
        'documents.0.contentBase64',
        'documents.0.fileName',
      ]),
    );

    const procedure = await submitToPortal(api, dossier({ procedureCode: '9.999999' }));
    expect([procedure.status, procedure.body.code]).toEqual([422, 'UNKNOWN_PROCEDURE']);
    const unit = await submitToPortal(api, dossier({ receivingUnit: 'lanh-dao-xa-khong-co' }));
    expect([unit.status, unit.body.code]).toEqual([422, 'UNKNOWN_UNIT']);
  });

  it('is accepted by reception (documents complete) and started by the intake queue', async () => {
    const incomplete = await submitToPortal(api, dossier({ documents: [] }));
    const missing = await client.act(RECEPTION, incomplete.body.code, 'accept');
    expect([missing.status, missing.body.code]).toEqual([422, 'MISSING_DOCUMENTS']);

    const { body } = await submitToPortal(api, dossier());
    const accepted = await client.act(RECEPTION, body.code, 'accept');
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', portalStatus: 2 });
    expect(accepted.body.clockStartedAt).toEqual(expect.any(String));
    const started = await client.started(RECEPTION, body.code);
    expect(started).toMatchObject({ status: 'in_progress', portalStatus: 4, step: { id: 'receive' } });
    const inbox = await client.get(RECEPTION, '/inbox');
    expect(inbox.body.items.filter((d: { code: string }) => d.code === body.code)).toHaveLength(1);
  });

  it('is refused by reception with a reason: refused, portal status 3', async () => {
    const { body } = await submitToPortal(api, dossier());
    const noReason = await client.act(RECEPTION, body.code, 'refuse');
    expect(noReason.body.code).toBe('REASON_REQUIRED');
    const refused = await client.act(RECEPTION, body.code, 'refuse', { reason: 'Không thuộc thẩm quyền' });
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({ status: 'refused', portalStatus: 3, allowedActions: [] });
    expect(refused.body.finishedAt).toEqual(expect.any(String));
    // Only reception of the receiving unit acts on a submitted dossier.
    // The commune's supervisor reads it but does not act; the justice office has not received it (404).
    const other = await submitToPortal(api, dossier());
    const supervisor = await client.act('giamdoc.ttxa', other.body.code, 'accept');
    expect(supervisor.status).toBe(403);
    const officer = await client.post('tuphap.xa1', `/dossiers/${other.body.code}/actions`, {
      action: 'accept',
      expectedVersion: 1,
    });
    expect(officer.status).toBe(404);
  });

  it("keeps each document's inline content in the file store, its row with its sha256, listed with the dossier", async () => {
    const content = Buffer.from('%PDF-1.7 tờ khai yêu cầu cấp bản sao');
    const res = await submitToPortal(
      api,
      dossier({
        documents: [
          {
            ...documents[0],
            fileName: 'to-khai.pdf',
            mimeType: 'application/pdf',
            contentBase64: content.toString('base64'),
          },
        ],
        payment: { status: 'paid', amount: 8000 },
      }),
    );
    expect(res.status).toBe(201);
    const sha256 = createHash('sha256').update(content).digest('hex');
    const rows = await query<{
      name: string;
      kind: string;
      file_name: string;
      mime_type: string;
      size: number;
      sha256: string;
      file_key: string;
      content: Buffer | null;
    }>(
      `SELECT x.name, x.kind, x.file_name, x.mime_type, x.size, x.sha256, x.file_key, x.content
         FROM dossier_document x JOIN dossier d ON d.id = x.dossier_id WHERE d.code = $1`,
      [res.body.code],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      name: documents[0].name,
      kind: 'portal',
      file_name: 'to-khai.pdf',
      mime_type: 'application/pdf',
      size: content.length,
      sha256,
      file_key: `${sha256.slice(0, 2)}/${sha256}`,
      content: null,
    });
    // The bytes are in the file store (FILES_DIR), never in the row nor in Redis.
    expect(readFileSync(join(process.env.FILES_DIR!, sha256.slice(0, 2), sha256)).equals(content)).toBe(true);
    const listed = await client.get('letan.xa', `/dossiers/${res.body.code}/documents`);
    expect(listed.body.components[0].files).toEqual([
      expect.objectContaining({ kind: 'portal', fileName: 'to-khai.pdf', sha256, attachedBy: null }),
    ]);
    const [payment] = await query(
      `SELECT p.payment_status, p.payment_amount FROM portal_dossier p JOIN dossier d ON d.id = p.dossier_id WHERE d.code = $1`,
      [res.body.code],
    );
    expect(payment).toEqual({ payment_status: 'paid', payment_amount: '8000' });
  });

  it('answers a request without a client key with 401 before reading its body, and reads a large body for a client', async () => {
    const server = api.getHttpServer();
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    // 37 MB announced, 64 kB sent: an answer can only come before the body has been read.
    const answer = await new Promise<{ status: number; connection?: string; body: string }>(
      (resolve, reject) => {
        const req = httpRequest(
          {
            host: '127.0.0.1',
            port,
            method: 'POST',
            path: '/api/v1/portal/dossiers',
            headers: { 'content-type': 'application/json', 'content-length': String(37 * 1024 * 1024) },
          },
          (res) => {
            let body = '';
            res.on('data', (c: Buffer) => (body += c.toString()));
            res.on('end', () =>
              resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, body }),
            );
          },
        );
        req.on('error', reject);
        req.write(Buffer.alloc(64 * 1024, 0x20));
        setTimeout(() => reject(new Error('no answer: the body is being waited for')), 5_000).unref();
      },
    );
    expect(answer.status).toBe(401);
    expect(answer.connection).toBe('close');
    expect(JSON.parse(answer.body)).toMatchObject({ code: 'PORTAL_UNKNOWN_CLIENT' });

    // A client's 3 MB document, over the 100 kB every other route takes.
    const content = Buffer.alloc(3 * 1024 * 1024, 7);
    const large = await submitToPortal(
      api,
      dossier({
        documents: [{ ...documents[0], fileName: 'scan.pdf', contentBase64: content.toString('base64') }],
      }),
    );
    expect(large.status).toBe(201);
  });

  it('refuses a receiving unit that has no reception desk with 422, storing nothing', async () => {
    const before = await counts();
    const res = await submitToPortal(api, dossier({ receivingUnit: 'tu-phap-xa' }));
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      code: 'NO_RECEPTION_DESK',
      message: /receivingUnit: 'tu-phap-xa' has no reception desk/,
    });
    expect((await counts()).dossiers).toBe(before.dossiers);
  });

  it('refuses the same portalDossierId with other content with 409 naming what differs', async () => {
    const payload = dossier({
      documents: [{ ...documents[0], fileName: 'a.pdf', contentBase64: 'JVBERi0x' }],
    });
    expect((await submitToPortal(api, payload)).status).toBe(201);
    const changed = {
      ...payload,
      applicant: { ...payload.applicant, phone: '0987654321' },
      documents: [{ ...payload.documents[0], contentBase64: 'JVBERi0y' }],
    };
    const conflict = await submitToPortal(api, changed);
    expect(conflict.status).toBe(409);
    expect(conflict.body).toMatchObject({
      code: 'PORTAL_DOSSIER_CONFLICT',
      details: {
        portalDossierId: payload.portalDossierId,
        differs: ['applicant.phone', 'documents.0.sha256'],
      },
    });
    expect(conflict.body.message).toMatch(/applicant\.phone, documents\.0\.sha256/);
    // The same content again, in another key order, is still the same dossier.
    const reordered = Object.fromEntries(Object.entries(payload).reverse());
    expect((await submitToPortal(api, reordered)).status).toBe(200);
  });
});
