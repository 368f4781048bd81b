import type { INestApplication } from '@nestjs/common';
import { ManualClock } from '@motcua/common';
import request from 'supertest';
import { resetDatabase, startApi, startWorker } from './support/app';
import { applicant, DossierClient } from './support/dossier-client';
import { flushTestRedis } from './support/worker';

const HOUR = 3_600_000;
// Monday 23 November 2026, 08:00 in Hà Nội.
const MONDAY_8AM = new Date('2026-11-23T08:00:00+07:00');
const last4 = (value: string): string => value.slice(-4);

describe('public lookup and citizen rating', () => {
  const clock = new ManualClock(MONDAY_8AM);
  let api: INestApplication;
  let worker: INestApplication;
  let client: DossierClient;

  beforeAll(async () => {
    await resetDatabase();
    await flushTestRedis();
    api = await startApi({ clock });
    worker = await startWorker({ clock });
    client = new DossierClient(api);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  beforeEach(() => clock.set(MONDAY_8AM));

  const lookup = (code: string, key?: string) =>
    request(api.getHttpServer())
      .get(`/api/v1/public/dossiers/${encodeURIComponent(code)}`)
      .query(key === undefined ? {} : { key })
      .set('X-Request-Id', 'public-lookup');

  const rate = (code: string, key: string, body: Record<string, unknown>) =>
    request(api.getHttpServer())
      .post(`/api/v1/public/dossiers/${encodeURIComponent(code)}/rating`)
      .query({ key })
      .set('X-Request-Id', 'public-rating')
      .send(body);

  /** Receives a 2.000908 dossier for applicant `n` and starts it; optionally walks it to done. */
  async function dossier(n: number, { done = false } = {}): Promise<string> {
    const receipt = await client.receive('letan.xa', '2.000908', {}, n);
    expect(receipt.status).toBe(201);
    const code = receipt.body.code as string;
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

  it("shows the procedure, dates and timeline to the phone's or the id number's last 4 digits, and no personal data", async () => {
    const code = await dossier(1, { done: true });
    const person = applicant(1);

    const byPhone = await lookup(code, last4(person.phone));
    expect(byPhone.status).toBe(200);
    const byId = await lookup(code, last4(person.idNumber));
    expect(byId.status).toBe(200);
    expect(byId.body).toEqual(byPhone.body);

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
    const unknown = await lookup('000.01.52.H38-261123-9999', '5672');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({
      code: 'NOT_FOUND',
      message: 'no dossier with this code and key',
      requestId: 'public-lookup',
    });
    for (const key of ['0000', last4(applicant(1).phone), undefined, '12', 'abcd', '56720']) {
      const wrong = await lookup(code, key);
      expect(wrong.status).toBe(404);
      expect(wrong.text).toBe(unknown.text);
      expect(wrong.headers['content-type']).toBe(unknown.headers['content-type']);
    }
    expect((await lookup(code, last4(applicant(2).phone))).body).toMatchObject({
      status: 'in_progress',
      portalStatus: 4,
      finishedAt: null,
      currentStep: { id: 'receive', unit: 'Trung tâm Phục vụ hành chính công xã Gia Phú' },
    });
  });

  it('takes one rating per returned dossier and reports satisfaction to supervisors', async () => {
    const pending = await dossier(3);
    const key3 = last4(applicant(3).phone);
    const early = await rate(pending, key3, { overall: 5, onTime: 5, staffAttitude: 5, guidance: 5 });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('RESULT_NOT_RETURNED');

    const wrongKey = await rate(pending, '0000', { overall: 5, onTime: 5, staffAttitude: 5, guidance: 5 });
    expect(wrongKey.status).toBe(404);
    expect(wrongKey.body.code).toBe('NOT_FOUND');

    const good = await dossier(4, { done: true });
    const poor = await dossier(5, { done: true });
    const key4 = last4(applicant(4).idNumber);
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
      (await rate(poor, last4(applicant(5).phone), { overall: 2, onTime: 1, staffAttitude: 3, guidance: 2 }))
        .status,
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
    for (let i = 0; i < 30; i++) expect((await lookup('000.01.52.H38-261126-0001', '1234')).status).toBe(404);
    const limited = await lookup('000.01.52.H38-261126-0001', '1234');
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await rate('000.01.52.H38-261126-0001', '1234', {})).status).toBe(429);

    clock.advance(60_000);
    expect((await lookup('000.01.52.H38-261126-0001', '1234')).status).toBe(404);
  });
});
