import { request as httpRequest } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { query } from './support/app';
import { bootE2e, type E2e } from './support/boot-e2e';
import { applicant, DossierClient } from './support/dossier-client';

const METRICS_TOKEN = 'scrape-token-0123456789';
process.env.METRICS_TOKEN = METRICS_TOKEN;
process.env.API_DOCS = 'false';

const dossierCount = async (): Promise<number> =>
  Number((await query<{ n: string }>('SELECT count(*) AS n FROM dossier'))[0].n);

describe('clean input, protective headers, closed /docs and /metrics', () => {
  let e2e: E2e | undefined;
  let api: INestApplication;
  let client: DossierClient;

  beforeAll(async () => {
    e2e = await bootE2e();
    ({ api, client } = e2e);
  });

  afterAll(async () => {
    await e2e?.close();
  });

  /** Sends the bytes as they are, through node:http (superagent would serialize a Buffer as JSON). */
  async function post(
    path: string,
    body: string | Buffer,
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    const server = api.getHttpServer();
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          path: `/api/v1${path}`,
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              body: JSON.parse(Buffer.concat(chunks).toString()) as Record<string, unknown>,
            }),
          );
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  it('answers a 10,000-deep array with 400 JSON_TOO_DEEP before login, not a stack overflow', async () => {
    const deep = await post('/auth/login', '['.repeat(10_000) + ']'.repeat(10_000));
    expect(deep.status).toBe(400);
    expect(deep.body).toMatchObject({ code: 'JSON_TOO_DEEP', message: /more than 32 levels/ });
    const nested = await post('/auth/login', `{"username":${'{"a":'.repeat(40)}1${'}'.repeat(40)}}`);
    expect(nested.body.code).toBe('JSON_TOO_DEEP');
  });

  it('answers a body that is not UTF-8 with 400 INVALID_UTF8', async () => {
    const latin1 = Buffer.concat([
      Buffer.from('{"username":"Nguy'),
      Buffer.from([0xea, 0x6e]),
      Buffer.from('"}'),
    ]);
    const res = await post('/auth/login', latin1);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'INVALID_UTF8' });
  });

  it('refuses fields an action does not take', async () => {
    const token = await client.token('letan.xa');
    const res = await request(api.getHttpServer())
      .post('/api/v1/dossiers/000.01.52.H38-261123-0001/actions')
      .set('Authorization', `Bearer ${token}`)
      .send({ action: 'forward', expectedVersion: 1, assigneeId: 'x' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', message: /assigneeId should not exist/ });
    const extra = await client.receive('letan.xa', '2.000908', { priority: 'high' }, 1);
    expect(extra.status).toBe(400);
    expect(extra.body.message).toMatch(/priority should not exist/);
  });

  it('stores a decomposed name in NFC, so a search typed normally finds it', async () => {
    const decomposed = 'Nguye\u0302\u0303n Thi\u0323 Ho\u0302\u0300ng Nhung NFC';
    const res = await client.post('letan.xa', '/dossiers', {
      procedureCode: '2.000908',
      channel: 'in_person',
      applicant: { ...applicant(2), fullName: decomposed },
      documents: await client.documentsOf('2.000908'),
    });
    expect(res.status).toBe(201);
    const found = await client.get(
      'letan.xa',
      `/dossiers?q=${encodeURIComponent('Nguyễn Thị Hồng Nhung NFC')}`,
    );
    expect((found.body.items as Array<{ code: string }>).map((d) => d.code)).toEqual([res.body.code]);
    const [row] = await query<{ applicant_name: string }>(
      'SELECT applicant_name FROM dossier WHERE code = $1',
      [res.body.code],
    );
    expect(row.applicant_name).toBe('Nguyễn Thị Hồng Nhung NFC');
  });

  it('refuses zero-width and bidirectional characters in names, and records nothing', async () => {
    const before = await dossierCount();
    for (const fullName of ['Nguyễn\u200BVăn An', 'Trần \u202Ehnim\u202C']) {
      const refused = await client.post('letan.xa', '/dossiers', {
        procedureCode: '2.000908',
        channel: 'in_person',
        applicant: { ...applicant(3), fullName },
        documents: await client.documentsOf('2.000908'),
      });
      expect(refused.status).toBe(400);
      expect(refused.body.message).toMatch(
        /applicant\.fullName: .*zero-width or bidirectional characters \(found U\+20/,
      );
    }
    expect(await dossierCount()).toBe(before);
  });

  it('answers a retried desk reception with the same dossier, and refuses the key with another body', async () => {
    const token = await client.token('letan.xa');
    const body = {
      procedureCode: '2.000908',
      channel: 'in_person',
      applicant: applicant(4),
      documents: await client.documentsOf('2.000908'),
    };
    const send = (key: string, b: object = body) =>
      request(api.getHttpServer())
        .post('/api/v1/dossiers')
        .set('Authorization', `Bearer ${token}`)
        .set('Idempotency-Key', key)
        .send(b);
    const before = await dossierCount();
    const first = await send('3f1c2b9e-6f7d-4c1e-9a0b-1c2d3e4f5a6b');
    expect(first.status).toBe(201);
    const retry = await send('3f1c2b9e-6f7d-4c1e-9a0b-1c2d3e4f5a6b');
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect(await dossierCount()).toBe(before + 1);

    const other = await send('3f1c2b9e-6f7d-4c1e-9a0b-1c2d3e4f5a6b', { ...body, applicant: applicant(5) });
    expect(other.status).toBe(422);
    expect(other.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', details: { code: first.body.code } });
    expect((await send('has space')).body.code).toBe('INVALID_IDEMPOTENCY_KEY');

    // Three retries at once, as a desk whose network dropped may send them: one dossier.
    const burst = await Promise.all([1, 2, 3].map(() => send('burst-key-0001')));
    expect(burst.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(new Set(burst.map((r) => r.body.code as string)).size).toBe(1);
    expect(await dossierCount()).toBe(before + 2);

    // Keys belong to a user: another desk's same key is a new dossier.
    const second = await request(api.getHttpServer())
      .post('/api/v1/dossiers')
      .set('Authorization', `Bearer ${await client.token('letan.xa2')}`)
      .set('Idempotency-Key', 'burst-key-0001')
      .send(body);
    expect(second.status).toBe(201);
    expect(second.body.code).not.toBe(burst[0].body.code);
  });

  it('sends protective headers with every answer', async () => {
    for (const path of ['/api/v1/procedures', '/health']) {
      const res = await request(api.getHttpServer()).get(path);
      expect(res.headers['content-security-policy']).toMatch(/default-src 'self'.*script-src 'self'/);
      expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('serves /docs only when API_DOCS is on, /metrics only with METRICS_TOKEN', async () => {
    expect((await request(api.getHttpServer()).get('/docs-json')).status).toBe(404);
    expect((await request(api.getHttpServer()).get('/docs')).status).toBe(404);
    const anonymous = await request(api.getHttpServer()).get('/metrics');
    expect(anonymous.status).toBe(401);
    expect(anonymous.text).not.toMatch(/motcua_/);
    const wrong = await request(api.getHttpServer()).get('/metrics').set('Authorization', 'Bearer nope');
    expect(wrong.status).toBe(401);
    const scraped = await request(api.getHttpServer())
      .get('/metrics')
      .set('Authorization', `Bearer ${METRICS_TOKEN}`);
    expect(scraped.status).toBe(200);
    expect(scraped.text).toMatch(/^# HELP /m);
  });
});
