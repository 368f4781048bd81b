import type { INestApplication } from '@nestjs/common';
import { ManualClock } from '@motcua/common';
import request from 'supertest';
import { loadEnvironment, parseRedisUrl } from '@motcua/common';
import { query, resetDatabase, startApi, startWorker } from './support/app';
import { applicant, DossierClient } from './support/dossier-client';
import { TcpProxy } from './support/tcp-proxy';
import { testQueueBackend } from './support/test-database';
import { flushTestQueues } from './support/worker';

const HOUR = 3_600_000;
// Monday 23 November 2026, 08:00 in Hà Nội.
const MONDAY_8AM = new Date('2026-11-23T08:00:00+07:00');
const last4 = (value: string): string => value.slice(-4);

// The api reaches Redis through a relay this suite can cut, as an outage would. With the postgres backend the
// limits count in the database and there is no Redis to cut.
const onRedis = testQueueBackend() === 'redis';
const redisTarget = onRedis ? parseRedisUrl(loadEnvironment().REDIS_URL!) : undefined;
if (redisTarget && redisTarget.kind !== 'server')
  throw new Error('this suite relays one Redis server (TEST_REDIS_URL redis://…)');
const redisRelay = redisTarget && new TcpProxy(redisTarget.node, 4731);
if (redisTarget) process.env.REDIS_URL = `redis://127.0.0.1:4731/${redisTarget.db}`;
// Requests come through a proxy on loopback: X-Forwarded-For names the client.
process.env.TRUST_PROXY = 'loopback';

describe('public lookup and citizen rating', () => {
  const clock = new ManualClock(MONDAY_8AM);
  let api: INestApplication;
  let worker: INestApplication | undefined;
  let client: DossierClient;

  beforeAll(async () => {
    await resetDatabase();
    await redisRelay?.start();
    await flushTestQueues();
    api = await startApi({ clock });
    worker = await startWorker({ clock });
    client = new DossierClient(api);
  });

  afterAll(async () => {
    if (worker) await worker.close().catch(() => undefined);
    await api?.close();
    await redisRelay?.cut();
  });

  beforeEach(() => clock.set(MONDAY_8AM));

  const lookup = (code: string, key?: string, from = '192.0.2.1') =>
    request(api.getHttpServer())
      .get(`/api/v1/public/dossiers/${encodeURIComponent(code)}`)
      .query(key === undefined ? {} : { key })
      .set('X-Forwarded-For', from)
      .set('X-Request-Id', 'public-lookup');

  const rate = (code: string, key: string, body: Record<string, unknown>, from = '192.0.2.1') =>
    request(api.getHttpServer())
      .post(`/api/v1/public/dossiers/${encodeURIComponent(code)}/rating`)
      .query({ key })
      .set('X-Forwarded-For', from)
      .set('X-Request-Id', 'public-rating')
      .send(body);

  const keys = new Map<string, string>();
  const keyOf = (code: string): string => keys.get(code)!;

  /** Receives a 2.000908 dossier for applicant `n` and starts it; optionally walks it to done. */
  async function dossier(n: number, { done = false } = {}): Promise<string> {
    const receipt = await client.receive('letan.xa', '2.000908', {}, n);
    expect(receipt.status).toBe(201);
    const code = receipt.body.code as string;
    keys.set(code, receipt.body.lookupKey as string);
    await client.started('letan.xa', code);
    if (!done) return code;
    clock.advance(HOUR);
    expect((await client.act('letan.xa', code, 'forward')).status).toBe(200);
    clock.advance(HOUR);
    expect(
      (await client.act('tuphap.xa1', code, 'submit', { comment: 'Đủ điều kiện cấp bản sao' })).status,
    ).toBe(200);
    clock.advance(HOUR);
    expect((await client.act('chutich.xa', code, 'sign')).status).toBe(200);
    clock.advance(HOUR);
    expect((await client.act('letan.xa', code, 'hand_over')).body.status).toBe('done');
    return code;
  }

  it('shows the procedure, dates and timeline to the random key of the receipt, and no personal data', async () => {
    const code = await dossier(1, { done: true });
    const person = applicant(1);
    const key = keyOf(code);
    expect(key).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);

    const byPhone = await lookup(code, key);
    expect(byPhone.status).toBe(200);
    // As a citizen may type it: lower case, in two groups.
    const typed = await lookup(code, `${key.slice(0, 4).toLowerCase()}-${key.slice(4).toLowerCase()}`);
    expect(typed.status).toBe(200);
    expect(typed.body).toEqual(byPhone.body);
    // The old key, the last 4 digits of the phone or the id number, opens nothing.
    expect((await lookup(code, last4(person.phone))).status).toBe(404);
    expect((await lookup(code, last4(person.idNumber))).status).toBe(404);

    expect(byPhone.body).toMatchObject({
      code,
      procedure: { code: '2.000908', name: expect.stringMatching(/\S/) },
      status: 'done',
      portalStatus: 10,
      receivingUnit: 'Trung tâm Phục vụ hành chính công xã Gia Phú',
      receivedAt: '2026-11-23T08:00:00+07:00',
      appointmentAt: '2026-11-25T08:00:00+07:00',
      resultReadyAt: '2026-11-23T11:00:00+07:00',
      finishedAt: '2026-11-23T12:00:00+07:00',
      currentStep: null,
    });
    type Entry = {
      action: string;
      from: { id: string } | null;
      to: { id: string } | null;
      portalStatus: number;
    };
    const timeline = byPhone.body.timeline as Entry[];
    expect(timeline.map((e) => [e.action, e.from?.id ?? null, e.to?.id ?? null, e.portalStatus])).toEqual([
      ['receive', null, null, 2],
      ['intake', null, 'receive', 4],
      ['forward', 'receive', 'appraise', 4],
      ['submit', 'appraise', 'sign', 4],
      ['sign', 'sign', 'release', 9],
      ['hand_over', 'release', null, 10],
    ]);
    expect(timeline[2]).toMatchObject({
      from: { name: expect.stringMatching(/\S/), unit: 'Trung tâm Phục vụ hành chính công xã Gia Phú' },
      to: { unit: 'Văn phòng HĐND và UBND xã Gia Phú (Tư pháp - Hộ tịch)' },
      at: '2026-11-23T09:00:00+07:00',
      stepDueAt: '2026-11-23T10:00:00+07:00',
      timeliness: 'on_time',
    });

    const json = JSON.stringify(byPhone.body);
    for (const value of [
      person.fullName,
      person.idNumber,
      person.phone,
      person.email!,
      person.address,
      'Phú Hợp',
    ]) {
      expect(json).not.toContain(value);
    }
    for (const staff of [
      'letan.xa',
      'tuphap.xa1',
      'chutich.xa',
      'Lò Thị Mai',
      'Đặng Thị Hương',
      'Đủ điều kiện',
    ]) {
      expect(json).not.toContain(staff);
    }
    expect(json).not.toMatch(/applicant|actor|comment|payload|fullName|email|phone|address|username/i);
  });

  it('answers a wrong, missing or malformed key exactly as it answers a code that does not exist', async () => {
    const code = await dossier(2);
    const unknown = await lookup('000.01.52.H38-261123-9999', 'ABCD1234');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({
      code: 'NOT_FOUND',
      message: 'no dossier with this code and key',
      requestId: 'public-lookup',
    });
    for (const key of [
      '0000',
      last4(applicant(2).phone),
      undefined,
      '12',
      'ABCD1234',
      keyOf(code).slice(1),
    ]) {
      const wrong = await lookup(code, key);
      expect(wrong.status).toBe(404);
      expect(wrong.text).toBe(unknown.text);
      expect(wrong.headers['content-type']).toBe(unknown.headers['content-type']);
    }
    expect((await lookup(code, keyOf(code))).body).toMatchObject({
      status: 'in_progress',
      portalStatus: 4,
      finishedAt: null,
      currentStep: { id: 'receive', unit: 'Trung tâm Phục vụ hành chính công xã Gia Phú' },
    });
  });

  it('takes one rating per returned dossier and reports satisfaction to supervisors', async () => {
    const pending = await dossier(3);
    const key3 = keyOf(pending);
    const early = await rate(pending, key3, { overall: 5, onTime: 5, staffAttitude: 5, guidance: 5 });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('RESULT_NOT_RETURNED');

    const wrongKey = await rate(pending, '0000', { overall: 5, onTime: 5, staffAttitude: 5, guidance: 5 });
    expect(wrongKey.status).toBe(404);
    expect(wrongKey.body.code).toBe('NOT_FOUND');

    const good = await dossier(4, { done: true });
    const poor = await dossier(5, { done: true });
    const key4 = keyOf(good);
    const invalid = await rate(good, key4, { overall: 6, onTime: 0, staffAttitude: 5, guidance: 5 });
    expect(invalid.status).toBe(400);
    expect(invalid.body.code).toBe('VALIDATION_FAILED');
    const tooLong = await rate(good, key4, {
      overall: 5,
      onTime: 5,
      staffAttitude: 5,
      guidance: 5,
      comment: 'x'.repeat(1001),
    });
    expect(tooLong.status).toBe(400);

    clock.set(new Date('2026-11-25T09:00:00+07:00'));
    const first = await rate(good, key4, {
      overall: 5,
      onTime: 4,
      staffAttitude: 5,
      guidance: 4,
      facilities: 3,
      comment: 'Nhanh, chu đáo',
    });
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ code: good, ratedAt: '2026-11-25T09:00:00+07:00' });
    const again = await rate(good, key4, { overall: 1, onTime: 1, staffAttitude: 1, guidance: 1 });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('ALREADY_RATED');
    expect(
      (await rate(poor, keyOf(poor), { overall: 2, onTime: 1, staffAttitude: 3, guidance: 2 })).status,
    ).toBe(201);

    const report = await client.get('giamdoc.ttxa', '/reports/satisfaction');
    expect(report.status).toBe(200);
    expect(report.body).toEqual({
      from: null,
      to: null,
      count: 2,
      averages: { overall: 3.5, onTime: 2.5, staffAttitude: 4, guidance: 3, facilities: 3 },
      lowShare: 0.5,
    });
    const before = await client.get(
      'quantri',
      `/reports/satisfaction?from=${encodeURIComponent('2026-11-01T00:00:00+07:00')}&to=${encodeURIComponent('2026-11-25T00:00:00+07:00')}`,
    );
    expect(before.body).toMatchObject({ count: 0, averages: { overall: null }, lowShare: null });
    expect((await client.get('letan.xa', '/reports/satisfaction')).status).toBe(403);
    expect((await request(api.getHttpServer()).get('/api/v1/reports/satisfaction')).status).toBe(401);
  });

  it('answers 429 with a stable code past 30 requests a minute from one address, and again after the minute', async () => {
    clock.set(new Date('2026-11-26T10:00:00+07:00'));
    const code = await dossier(6);
    const from = '198.51.100.30';
    for (let i = 0; i < 30; i++) expect((await lookup(code, keyOf(code), from)).status).toBe(200);
    const limited = await lookup(code, keyOf(code), from);
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await rate(code, keyOf(code), {}, from)).status).toBe(429);
    // Another client behind the same proxy has its own count.
    expect((await lookup(code, keyOf(code), '198.51.100.31')).status).toBe(200);

    clock.advance(60_000);
    expect((await lookup(code, keyOf(code), from)).status).toBe(200);
    // The counts are in the database only with the postgres backend (in Redis otherwise).
    const counted = await query<{ hits: number }>(
      `SELECT hits FROM rate_counter WHERE key LIKE '{ratelimit}:%198.51.100.30%' ORDER BY expires_at`,
    );
    expect(counted.map((c) => c.hits)).toEqual(onRedis ? [] : [32, 1]);
  });

  it('locks a code for the hour after 10 wrong keys from anywhere, even to its right key', async () => {
    clock.set(new Date('2026-11-27T10:00:00+07:00'));
    const code = await dossier(7);
    for (let i = 0; i < 10; i++) {
      expect((await lookup(code, `WRONG${String(i).padStart(3, '0')}`, `203.0.113.${i}`)).status).toBe(404);
    }
    const locked = await lookup(code, keyOf(code), '203.0.113.200');
    expect(locked.status).toBe(429);
    expect(locked.body).toMatchObject({ code: 'RATE_LIMITED', message: /wrong keys for this dossier code/ });
    expect(Number(locked.headers['retry-after'])).toBe(3600);
    const rating = { overall: 5, onTime: 5, staffAttitude: 5, guidance: 5 };
    expect((await rate(code, keyOf(code), rating, '203.0.113.201')).status).toBe(429);
    // Other dossiers are not affected.
    const other = await dossier(8);
    expect((await lookup(other, keyOf(other), '203.0.113.202')).status).toBe(200);

    clock.advance(HOUR);
    expect((await lookup(code, keyOf(code), '203.0.113.200')).status).toBe(200);
  });

  it('counts wrong keys per address, an IPv6 client by its /64, whatever codes it tries', async () => {
    clock.set(new Date('2026-11-30T10:00:00+07:00'));
    const code = await dossier(9);
    // 30 wrong keys from 30 addresses of one /64, on 30 codes, a few a minute.
    for (let i = 0; i < 30; i++) {
      if (i % 20 === 19) clock.advance(60_000);
      const miss = await lookup(
        `000.01.52.H38-261130-${String(i).padStart(4, '0')}`,
        'ABCD1234',
        `2001:db8:7:1::${i + 1}`,
      );
      expect(miss.status).toBe(404);
    }
    const limited = await lookup(code, keyOf(code), '2001:db8:7:1:ffff::9');
    expect(limited.status).toBe(429);
    expect(limited.body.message).toMatch(/wrong keys from this address/);
    // The next /64 is another client.
    expect((await lookup(code, keyOf(code), '2001:db8:7:2::1')).status).toBe(200);
  });

  it('stores a key of the same form for dossiers written without one', async () => {
    const rows = await query<{ lookup_key: string }>(
      `SELECT dossier_lookup_key() AS lookup_key FROM generate_series(1, 500)`,
    );
    const drawn = rows.map((r) => r.lookup_key);
    expect(new Set(drawn).size).toBe(500);
    for (const key of drawn) expect(key).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
  });

  (redisRelay ? it : it.skip)('answers 503 with Retry-After within 2 s while Redis is unreachable, then serves again', async () => {
    if (!redisRelay) return;
    clock.set(new Date('2026-12-01T10:00:00+07:00'));
    const code = [...keys.keys()][0];
    // The worker has nothing to do here; stopped first, it does not wait out the outage when the suite ends.
    await worker?.close();
    worker = undefined;
    await redisRelay.cut();
    try {
      for (const send of [() => lookup(code, keyOf(code)), () => rate(code, keyOf(code), { overall: 5 })]) {
        const started = Date.now();
        const res = await send();
        expect(Date.now() - started).toBeLessThan(2_000);
        expect(res.status).toBe(503);
        expect(res.body.code).toBe('SERVICE_UNAVAILABLE');
        expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      }
    } finally {
      await redisRelay.restore();
    }
    await waitForStatus(() => lookup(code, keyOf(code)), 200);
  });

  async function waitForStatus(send: () => Promise<{ status: number }>, status: number): Promise<void> {
    for (let i = 0; i < 100; i++) {
      if ((await send()).status === status) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`never answered ${status}`);
  }
});
