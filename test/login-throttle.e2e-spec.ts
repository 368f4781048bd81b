import { createServer, type Server, type Socket } from 'node:net';
import type { INestApplication, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { loadEnvironment } from '@motcua/common';
import { LOGIN_THROTTLE_STORE, redisThrottleStore } from '@motcua/identity';
import { configureApi } from '../apps/api/src/api.config';
import { query, resetDatabase } from './support/app';
import { testQueueBackend } from './support/test-database';
import { flushTestQueues } from './support/worker';

// Behind a trusted proxy on loopback, so that X-Forwarded-For is the client address (TRUST_PROXY, read once).
process.env.TRUST_PROXY = 'loopback';

/** The api as startApi() builds it, behind that proxy. */
async function start(throttleRedisUrl?: string): Promise<INestApplication> {
  loadEnvironment();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ApiModule } = require('../apps/api/src/api.module') as { ApiModule: Type };
  const builder = Test.createTestingModule({ imports: [ApiModule] });
  if (throttleRedisUrl)
    builder.overrideProvider(LOGIN_THROTTLE_STORE).useValue(redisThrottleStore(throttleRedisUrl));
  const app = (await builder.compile()).createNestApplication({ logger: ['error'] });
  configureApi(app);
  await app.init();
  return app;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const backend = testQueueBackend();

describe(`failed-login throttle, counted in ${backend}`, () => {
  let app: INestApplication;
  const attempt = (username: string, password: string, address: string) =>
    request(app.getHttpServer())
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', address)
      .send({ username, password });
  const failures = async () => {
    const text = (await request(app.getHttpServer()).get('/metrics')).text;
    const read = (reason: string) =>
      Number(
        /^motcua_login_failures_total\{reason="(\w+)"\} (\d+)/m.exec(
          text.split('\n').find((l) => l.startsWith(`motcua_login_failures_total{reason="${reason}"}`)) ?? '',
        )?.[2] ?? 0,
      );
    return { credentials: read('credentials'), throttled: read('throttled') };
  };

  beforeAll(async () => {
    await resetDatabase();
    await flushTestQueues();
    app = await start();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('slows one username from one address down with doubling waits: 429 with Retry-After, even for the right password', async () => {
    const before = await failures();
    for (let i = 1; i <= 5; i++) expect((await attempt('letan.xa', 'wrong', '10.1.0.1')).status).toBe(401);
    expect((await attempt('letan.xa', 'wrong', '10.1.0.1')).status).toBe(401); // the 6th: a 1 s wait begins
    const held = await attempt('letan.xa', 'motcua', '10.1.0.1');
    expect(held.status).toBe(429);
    expect(held.headers['retry-after']).toBe('1');
    expect(held.body).toMatchObject({ code: 'LOGIN_THROTTLED', details: { retryAfterSeconds: 1 } });
    expect(held.body.message).toMatch(/thử lại sau 1 giây/);

    await sleep(1100);
    expect((await attempt('letan.xa', 'wrong', '10.1.0.1')).status).toBe(401); // the 7th: 2 s
    expect((await attempt('letan.xa', 'motcua', '10.1.0.1')).headers['retry-after']).toBe('2');

    // The real user, elsewhere, is not kept out.
    expect((await attempt('letan.xa', 'motcua', '10.2.0.2')).status).toBe(200);

    expect(await failures()).toEqual({
      credentials: before.credentials + 7,
      throttled: before.throttled + 2,
    });
    const logged = await query<{ kind: string; address: string; detail: string }>(
      `SELECT kind, address, detail FROM auth_event WHERE username = 'letan.xa' AND kind = 'login_failed' ORDER BY id`,
    );
    expect(logged).toHaveLength(7);
    expect(logged[0]).toEqual({ kind: 'login_failed', address: '10.1.0.1', detail: 'wrong password' });
    expect(logged[6].detail).toBe('wrong password; blocked 2 s');
  });

  it('a successful login clears the count of its username and address', async () => {
    for (let i = 1; i <= 5; i++) await attempt('tuphap.xa1', 'wrong', '10.3.0.3');
    expect((await attempt('tuphap.xa1', 'motcua', '10.3.0.3')).status).toBe(200);
    for (let i = 1; i <= 5; i++) expect((await attempt('tuphap.xa1', 'wrong', '10.3.0.3')).status).toBe(401);
  });

  it('slows an account guessed from many addresses for every address, briefly; counts unknown usernames per address', async () => {
    for (let i = 1; i <= 11; i++)
      expect((await attempt('chanhvp.xa', 'wrong', `10.4.0.${i}`)).status).toBe(401);
    // 11 failures on one account, each from its own address: a 1 s wait, for every address.
    const held = await attempt('chanhvp.xa', 'motcua', '10.5.0.1');
    expect(held.status).toBe(429);
    expect(held.headers['retry-after']).toBe('1');
    await sleep(1100);
    expect((await attempt('chanhvp.xa', 'motcua', '10.5.0.1')).status).toBe(200);

    for (let i = 1; i <= 30; i++) await attempt(`nobody${i}`, 'x', '10.6.0.6');
    expect((await attempt('nobody31', 'x', '10.6.0.6')).status).toBe(401); // the 31st from that address: 1 s
    const address = await attempt('kinhte.xa1', 'motcua', '10.6.0.6');
    expect(address.status).toBe(429);
    expect(address.headers['retry-after']).toBe('1');
  });

  it("holds across api processes: a second api sees the first one's count", async () => {
    const other = await start();
    try {
      for (let i = 1; i <= 6; i++) await attempt('chutich.xa', 'wrong', '10.7.0.7');
      const res = await request(other.getHttpServer())
        .post('/api/v1/auth/login')
        .set('X-Forwarded-For', '10.7.0.7')
        .send({ username: 'chutich.xa', password: 'motcua' });
      expect(res.status).toBe(429);
    } finally {
      await other.close();
    }
  });

  it('keeps its counts in the store of the queue backend: the login_throttle table only with postgres', async () => {
    await attempt('letan.xa2', 'wrong', '10.8.0.8');
    const [{ rows }] = await query<{ rows: number }>(
      `SELECT count(*)::int AS rows FROM login_throttle WHERE key = '{login}:fail:pair:letan.xa2|10.8.0.8'`,
    );
    expect(rows).toBe(backend === 'postgres' ? 1 : 0);
  });

  // With the postgres backend the counts live in the application's database: without it nothing answers anyway.
  (backend === 'redis' ? it : it.skip)('answers 503 with Retry-After within two seconds when Redis does not answer, or refuses connections', async () => {
    const sockets = new Set<Socket>();
    const silent: Server = createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(4571, '127.0.0.1', resolve));
    try {
      for (const url of ['redis://127.0.0.1:4571/0', 'redis://127.0.0.1:4572/0']) {
        const down = await start(url);
        try {
          const started = Date.now();
          const res = await request(down.getHttpServer())
            .post('/api/v1/auth/login')
            .send({ username: 'letan.xa', password: 'motcua' });
          expect(Date.now() - started).toBeLessThan(2000);
          expect(res.status).toBe(503);
          expect(res.headers['retry-after']).toBe('5');
          expect(res.body.code).toBe('SERVICE_UNAVAILABLE');
        } finally {
          await down.close();
        }
      }
    } finally {
      sockets.forEach((s) => s.destroy());
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
