import { createServer, type Socket } from 'node:net';
import request from 'supertest';
import { PostgresRateCounterService, RateCounter } from '@motcua/common';
import { query } from './support/app';
import { bootE2e, type E2eWithWorker } from './support/boot-e2e';

// QUEUE_BACKEND=postgres whatever TEST_QUEUE_BACKEND says, and REDIS_URL pointing at a listener of this suite that
// counts who connects: nothing may.
const FAKE_REDIS_PORT = 57310;
process.env.QUEUE_BACKEND = 'postgres';
process.env.REDIS_URL = `redis://127.0.0.1:${FAKE_REDIS_PORT}/0`;

describe('PostgreSQL only (QUEUE_BACKEND=postgres): the api and the worker never connect to Redis', () => {
  const sockets: Socket[] = [];
  const redisLike = createServer((socket) => {
    sockets.push(socket);
    socket.destroy();
  });
  let e2e: E2eWithWorker | undefined;

  beforeAll(async () => {
    await new Promise<void>((resolve) => redisLike.listen(FAKE_REDIS_PORT, '127.0.0.1', resolve));
    e2e = await bootE2e({ worker: true });
  });

  afterAll(async () => {
    await e2e?.close();
    await new Promise((resolve) => redisLike.close(resolve));
  });

  it('receives and starts a dossier through queues in PostgreSQL, and moves it on', async () => {
    const { client } = e2e!;
    const receipt = await client.receive('letan.xa', '2.000908');
    expect(receipt.status).toBe(201);
    const code = receipt.body.code as string;
    const started = await client.started('letan.xa', code);
    expect(started).toMatchObject({ status: 'in_progress', version: 2 });
    const jobs = await query<{ name: string; state: string }>(
      `SELECT j.name, j.state FROM bullmq.job j JOIN dossier d ON j.id = 'intake-' || d.id
        WHERE j.queue = 'dossier-intake' AND d.code = $1`,
      [code],
    );
    expect(jobs).toEqual([{ name: 'start-dossier', state: 'completed' }]);
    expect((await client.act('letan.xa', code, 'forward')).status).toBe(200);
    const events = await query<{ action: string }>(
      `SELECT e.action FROM dossier_event e JOIN dossier d ON d.id = e.dossier_id WHERE d.code = $1 ORDER BY e.version`,
      [code],
    );
    expect(events.map((e) => e.action)).toEqual(['receive', 'intake', 'forward']);
  });

  it('counts failed logins and public lookups in PostgreSQL, with the usual answers', async () => {
    const { api } = e2e!;
    const res = await request(api.getHttpServer())
      .post('/api/v1/auth/login')
      .send({ username: 'letan.xa', password: 'wrong' });
    expect(res.status).toBe(401);
    const [{ rows }] = await query<{ rows: number }>(
      `SELECT count(*)::int AS rows FROM login_throttle WHERE key LIKE '{login}:fail:%'`,
    );
    expect(rows).toBe(3);
    const lookup = await request(api.getHttpServer()).get(
      '/api/v1/public/dossiers/000.00.00.H38-000000-0000',
    );
    expect(lookup.status).toBeLessThan(500);
    const [{ hits }] = await query<{ hits: number }>(
      `SELECT coalesce(sum(hits), 0)::int AS hits FROM rate_counter WHERE key LIKE '{ratelimit}:public:%'`,
    );
    expect(hits).toBe(1);
  });

  it('deletes the counters whose windows are over, and keeps the running ones', async () => {
    await query(
      `INSERT INTO rate_counter (key, hits, expires_at) VALUES
         ('{ratelimit}:public:192.0.2.9:1', 4, now() - interval '1 second'),
         ('{ratelimit}:public:192.0.2.9:2', 2, now() + interval '1 minute')`,
    );
    const counter = e2e!.api.get(RateCounter);
    expect(counter).toBeInstanceOf(PostgresRateCounterService);
    expect(await (counter as PostgresRateCounterService).purge()).toBe(1);
    const left = await query<{ key: string }>(`SELECT key FROM rate_counter WHERE key LIKE '%192.0.2.9%'`);
    expect(left).toEqual([{ key: '{ratelimit}:public:192.0.2.9:2' }]);
  });

  it('answers /health from the database alone, and no process connected to the Redis of REDIS_URL', async () => {
    const health = await request(e2e!.api.getHttpServer()).get('/health');
    expect(health.status).toBe(200);
    expect(Object.keys(health.body.info)).toEqual(['database']);
    expect(sockets).toHaveLength(0);
  });
});
