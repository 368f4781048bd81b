import { readFileSync } from 'node:fs';
import type { INestApplication } from '@nestjs/common';
import { parseCalendarYear, toVietnamIso, WorkingCalendar } from '@motcua/calendar';
import { ManualClock } from '@motcua/common';
import request from 'supertest';
import { query } from './support/app';
import { bootE2e, type E2eWithWorker } from './support/boot-e2e';
import { DossierClient } from './support/dossier-client';

const HOUR = 3_600_000;
const calendar = WorkingCalendar.create({
  years: [2025, 2026].map(
    (y) => parseCalendarYear(readFileSync(`workflows/calendars/${y}.yaml`, 'utf8'), `${y}.yaml`).year!,
  ),
}).calendar;
// Monday 23 November 2026, 08:00 in Hà Nội; Tuesday 24 November is Vietnamese Culture Day (a holiday).
const MONDAY_8AM = new Date('2026-11-23T08:00:00+07:00');

describe('dossier lifecycle on real PostgreSQL and Redis', () => {
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

  beforeEach(() => clock.set(MONDAY_8AM));

  const events = (code: string) =>
    query<{ version: number; action: string }>(
      'SELECT e.version, e.action FROM dossier_event e JOIN dossier d ON d.id = e.dossier_id WHERE d.code = $1 ORDER BY e.version',
      [code],
    );

  it('walks 2.000908 through every step to done, grading each hand-over on the control sheet', async () => {
    const receipt = await client.receive('letan.xa', '2.000908');
    expect(receipt.status).toBe(201);
    expect(receipt.body).toMatchObject({
      status: 'accepted',
      receivedAt: '2026-11-23T08:00:00+07:00',
      clockStartsAt: '2026-11-23T08:00:00+07:00',
      // 7.5 working hours on Monday, the holiday on Tuesday, the last half hour on Wednesday.
      appointmentAt: '2026-11-25T08:00:00+07:00',
    });
    expect(receipt.body.code).toMatch(/^\d{3}\.\d{2}\.\d{2}\.H38-261123-\d{4}$/);
    const code = receipt.body.code as string;

    const started = await client.started('letan.xa', code);
    expect(started).toMatchObject({
      status: 'in_progress',
      portalStatus: 4,
      version: 2,
      appointmentAt: '2026-11-25T08:00:00+07:00',
      step: {
        id: 'receive',
        owner: { unit: 'mot-cua-xa', role: 'reception' },
        dueAt: '2026-11-23T10:00:00+07:00',
      },
    });
    expect(started.allowedActions).toEqual(
      expect.arrayContaining(['forward', 'request_supplement', 'withdraw']),
    );
    // Once accepted, refusing to resolve and stopping belong to the competent agency, not to the desk.
    expect(started.allowedActions).not.toContain('refuse');
    expect(started.allowedActions).not.toContain('stop');

    clock.advance(HOUR); // 09:00
    const forwarded = await client.act('letan.xa', code, 'forward');
    expect(forwarded.status).toBe(200);
    expect(forwarded.body.step).toMatchObject({
      id: 'appraise',
      owner: { unit: 'tu-phap-xa', role: 'officer' },
    });
    expect(forwarded.body.step.dueAt).toBe('2026-11-23T13:30:00+07:00');

    clock.advance(5 * HOUR); // 14:00, half an hour past the appraisal's due instant
    expect((await client.act('tuphap.xa1', code, 'submit', { comment: 'Đủ điều kiện' })).body.step.id).toBe(
      'sign',
    );
    clock.advance(HOUR); // 15:00
    const signed = await client.act('chutich.xa', code, 'sign');
    expect(signed.body).toMatchObject({ status: 'result_ready', portalStatus: 9, step: { id: 'release' } });
    expect(signed.body.resultReadyAt).toBe('2026-11-23T15:00:00+07:00');

    clock.set(new Date('2026-11-25T07:45:00+07:00'));
    const done = await client.act('letan.xa', code, 'hand_over');
    expect(done.body).toMatchObject({ status: 'done', portalStatus: 10, step: null, allowedActions: [] });
    // The working time the indicators average, written at the finish: Monday's 7.5 working hours from 08:00, not
    // the holiday, and Wednesday 07:30–07:45.
    expect(await query('SELECT working_ms FROM dossier WHERE code = $1', [code])).toEqual([
      { working_ms: String((7.5 + 0.25) * HOUR) },
    ]);

    const sheet = (await client.get('giamdoc.ttxa', `/dossiers/${code}/history`)).body as Array<
      Record<string, unknown>
    >;
    expect(sheet.map((r) => [r.action, r.fromStep, r.toStep, r.timeliness, r.workingMinutes])).toEqual([
      ['receive', null, null, null, null],
      ['intake', null, 'receive', null, null],
      ['forward', 'receive', 'appraise', 'on_time', 60],
      ['submit', 'appraise', 'sign', 'late', 210],
      ['sign', 'sign', 'release', 'on_time', 60],
      ['hand_over', 'release', null, 'late', 135], // Monday 15:00–17:00 and Wednesday 07:30–07:45
    ]);
    expect(sheet[3]).toMatchObject({
      comment: 'Đủ điều kiện',
      actor: {
        username: 'tuphap.xa1',
        unit: 'tu-phap-xa',
        role: 'officer',
        fullName: expect.stringMatching(/\S/),
      },
    });
    expect(sheet[5].payload).toMatchObject({ dossierTimeliness: 'on_time' });
  });

  it('runs the construction permit with its send-back loop; a send-back needs its reason', async () => {
    const { body } = await client.receive('letan.xa', '1.009994');
    const code = body.code as string;
    await client.started('letan.xa', code);
    await client.act('letan.xa', code, 'forward');
    await client.act('kinhte.xa1', code, 'submit');

    const bare = await client.act('truongphong.kt', code, 'send_back');
    expect(bare.status).toBe(422);
    expect(bare.body).toMatchObject({ code: 'GUARD_FAILED', details: { guard: 'hasComment' } });
    expect(bare.body.message).toMatch(/comment/);

    const back = await client.act('truongphong.kt', code, 'send_back', { comment: 'Bổ sung bản vẽ mặt cắt' });
    expect(back.body.step.id).toBe('appraise');
    await client.act('kinhte.xa1', code, 'submit');
    await client.act('truongphong.kt', code, 'submit');
    await client.act('chutich.xa', code, 'send_back', { comment: 'Xem lại chỉ giới xây dựng' });
    await client.act('truongphong.kt', code, 'submit');
    await client.act('chutich.xa', code, 'sign');
    let view = (await client.get('letan.xa', `/dossiers/${code}`)).body;
    while (view.status !== 'done') {
      if (view.status === 'result_ready' && view.fees.due > 0) {
        // The permit's fee is paid at the desk before the result is handed over.
        const payment = { amount: view.fees.due, method: 'cash', receiptNumber: `BL-${code}` };
        expect((await client.post('letan.xa', `/dossiers/${code}/payments`, payment)).status).toBe(201);
      }
      const owner = ownerOf(view.step.owner);
      const forward = ((await client.get(owner, `/dossiers/${code}`)).body.allowedActions as string[]).filter(
        (a) => !BUILTINS.includes(a) && a !== 'send_back',
      );
      const res = await client.act(owner, code, forward[0]);
      expect(res.status).toBe(200);
      view = res.body;
    }
    const actions = (await events(code)).map((e) => e.action);
    expect(actions.filter((a) => a === 'send_back')).toHaveLength(2);
    expect(actions.at(-1)).toBe('hand_over');
  });

  it('accounts a step re-entered after send-backs per visit: it has only what its earlier visits left', async () => {
    const { body } = await client.receive('letan.xa', '1.009994');
    const code = body.code as string;
    await client.started('letan.xa', code);
    await client.act('letan.xa', code, 'forward'); // appraise: 9 working days, from Monday 08:00
    const visits: Array<[string, string]> = [
      ['2026-11-25T10:00:00+07:00', '2026-11-26T09:00:00+07:00'],
      ['2026-11-27T08:00:00+07:00', '2026-11-30T15:00:00+07:00'],
      ['2026-12-01T09:00:00+07:00', '2026-12-01T11:00:00+07:00'],
    ];
    let used = calendar.workingMinutesBetween(MONDAY_8AM, new Date(visits[0][0]));
    for (const [index, [submitAt, sendBackAt]] of visits.entries()) {
      clock.set(new Date(submitAt));
      await client.act('kinhte.xa1', code, 'submit');
      if (index === visits.length - 1) break;
      clock.set(new Date(sendBackAt));
      const back = (await client.act('truongphong.kt', code, 'send_back', { comment: `Lần ${index + 1}` }))
        .body;
      const left = 9 * 480 - used;
      expect(back.step).toMatchObject({ id: 'appraise', startedAt: toVietnamIso(new Date(sendBackAt)) });
      expect(back.step.dueAt).toBe(toVietnamIso(calendar.addWorkingMinutes(new Date(sendBackAt), left)));
      used += calendar.workingMinutesBetween(new Date(sendBackAt), new Date(visits[index + 1][0]));
    }
    const sheet = (await client.get('truongphong.kt', `/dossiers/${code}/history`)).body as Array<{
      fromStep: string;
      workingMinutes: number;
    }>;
    const appraisal = sheet.filter((r) => r.fromStep === 'appraise').map((r) => r.workingMinutes);
    expect(appraisal).toHaveLength(3);
    expect(appraisal.reduce((a, b) => a + b, 0)).toBe(used);
  });

  it('pauses the clock for a supplement and restarts it from zero when the dossier is complete again', async () => {
    const { body } = await client.receive('letan.xa', '2.000908');
    const code = body.code as string;
    await client.started('letan.xa', code);
    await client.act('letan.xa', code, 'forward');

    clock.advance(HOUR); // Mon 09:00
    const missing = await client.act('tuphap.xa1', code, 'request_supplement', { comment: 'x' });
    expect(missing.status).toBe(422);
    expect(missing.body.code).toBe('REASON_REQUIRED');
    const paused = await client.act('tuphap.xa1', code, 'request_supplement', {
      reason: 'Thiếu giấy tờ chứng minh quan hệ',
      missingItems: ['Giấy khai sinh của người yêu cầu'],
    });
    expect(paused.body).toMatchObject({
      status: 'awaiting_supplement',
      portalStatus: 5,
      pausedAt: '2026-11-23T09:00:00+07:00',
    });

    clock.set(new Date('2026-11-26T14:00:00+07:00')); // Thursday, 14:00
    const officerView = (await client.get('tuphap.xa1', `/dossiers/${code}`)).body;
    expect(officerView.allowedActions).not.toContain('submit');
    const resumed = await client.act('letan.xa', code, 'supplement_received');
    expect(resumed.body).toMatchObject({
      status: 'in_progress',
      step: { id: 'appraise', startedAt: '2026-11-26T14:00:00+07:00' },
      clockStartedAt: '2026-11-26T14:00:00+07:00',
      // a whole working day again from Thursday 14:00: 3 h Thursday, 5 h Friday
      appointmentAt: '2026-11-27T14:00:00+07:00',
      pausedAt: null,
    });
    const pauses = await query<{ started_at: Date; ended_at: Date; due_before: Date; due_after: Date }>(
      'SELECT p.* FROM dossier_pause p JOIN dossier d ON d.id = p.dossier_id WHERE d.code = $1',
      [code],
    );
    expect(pauses).toHaveLength(1);
    expect(pauses[0].started_at.toISOString()).toBe('2026-11-23T02:00:00.000Z');
    expect(pauses[0].ended_at.toISOString()).toBe('2026-11-26T07:00:00.000Z');
    expect(pauses[0].due_before.toISOString()).toBe('2026-11-25T01:00:00.000Z');
    expect(pauses[0].due_after.toISOString()).toBe('2026-11-27T07:00:00.000Z');

    const judged = (await client.get('tuphap.xa1', `/dossiers/${code}/timeliness`)).body;
    expect(judged).toMatchObject({
      firstAppointmentAt: '2026-11-25T08:00:00+07:00',
      // the Decree restarts the clock: nothing used yet of a fresh working day
      decree: { status: 'within_deadline', usedMinutes: 0, allowedMinutes: 480 },
      // Decision 766 keeps the first clock and subtracts the wait: only Monday 08:00–09:00 counts
      decision766: { status: 'within_deadline', usedMinutes: 60, allowedMinutes: 480 },
      pauses: [{ startedAt: '2026-11-23T09:00:00+07:00', endedAt: '2026-11-26T14:00:00+07:00' }],
    });

    const again = await client.act('tuphap.xa1', code, 'request_supplement', {
      reason: 'Lần hai',
      missingItems: ['x'],
    });
    expect(again.status).toBe(422);
    expect(again.body.code).toBe('ACTION_NOT_ALLOWED');
    expect(again.body.details.allowed).not.toContain('request_supplement');
  });

  it('records an incomplete dossier at the desk: refused with reasons, or waiting for documents', async () => {
    const incomplete = await client.post('letan.xa', '/dossiers', {
      procedureCode: '1.009994',
      channel: 'in_person',
      applicant: {
        fullName: 'Trần Văn Bình',
        idNumber: '010203040506',
        phone: '0987654321',
        address: 'Xã Gia Phú',
      },
      documents: [{ name: 'Đơn đề nghị cấp giấy phép xây dựng (theo mẫu)', originals: 1, copies: 0 }],
    });
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.code).toBe('MISSING_DOCUMENTS');
    expect(incomplete.body.details.missing).toEqual([
      'Giấy tờ hợp pháp về quyền sử dụng đất',
      'Bản vẽ thiết kế xây dựng',
    ]);

    const refused = await client.post('letan.xa', '/dossiers', {
      procedureCode: '1.009994',
      channel: 'in_person',
      applicant: {
        fullName: 'Trần Văn Bình',
        idNumber: '010203040506',
        phone: '0987654321',
        address: 'Xã Gia Phú',
      },
      documents: [{ name: 'Đơn đề nghị cấp giấy phép xây dựng (theo mẫu)', originals: 1, copies: 0 }],
      decision: 'refuse',
      reason: 'Thửa đất không thuộc địa bàn xã',
    });
    expect(refused.status).toBe(201);
    expect(refused.body).toMatchObject({ status: 'refused', appointmentAt: null });
    const refusedView = (await client.get('letan.xa', `/dossiers/${refused.body.code}`)).body;
    expect(refusedView).toMatchObject({ status: 'refused', portalStatus: 3, allowedActions: [] });
    expect(refusedView.applicant.fullName).toBe('Trần Văn Bình');

    const waiting = await client.post('letan.xa', '/dossiers', {
      procedureCode: '1.009994',
      channel: 'post',
      applicant: {
        fullName: 'Lê Thị Cúc',
        idNumber: '010203040507',
        phone: '0987654322',
        address: 'Xã Gia Phú',
      },
      documents: [{ name: 'Đơn đề nghị cấp giấy phép xây dựng (theo mẫu)', originals: 1, copies: 0 }],
      decision: 'request_supplement',
      reason: 'Thiếu giấy tờ về đất và bản vẽ',
      missingItems: ['Giấy tờ hợp pháp về quyền sử dụng đất', 'Bản vẽ thiết kế xây dựng'],
    });
    expect(waiting.body).toMatchObject({ status: 'awaiting_documents', clockStartsAt: null });
    clock.advance(2 * HOUR);
    const completed = await client.act('letan.xa', waiting.body.code, 'supplement_received', {
      documents: [
        { name: 'Giấy tờ hợp pháp về quyền sử dụng đất', originals: 0, copies: 1 },
        { name: 'Bản vẽ thiết kế xây dựng', originals: 2, copies: 0 },
      ],
    });
    expect(completed.body).toMatchObject({ status: 'accepted', clockStartedAt: '2026-11-23T10:00:00+07:00' });
    expect((await client.started('letan.xa', waiting.body.code)).step.id).toBe('receive');
  });

  it('extends the appointment once with a reason, and refuses a second extension clearly', async () => {
    const { body } = await client.receive('letan.xa', '1.009994');
    const code = body.code as string;
    await client.started('letan.xa', code);
    // The head of the unit holding the step extends (docs/access.md); the desk does not.
    const started = (await client.act('letan.xa', code, 'forward')).body;
    const desk = await client.act('letan.xa', code, 'extend', {
      reason: 'Cần xác minh thực địa',
      newAppointment: '2026-12-21T17:00:00+07:00',
    });
    expect(desk.status).toBe(403);
    const early = await client.act('truongphong.kt', code, 'extend', {
      reason: 'Cần xác minh thực địa',
      newAppointment: '2026-11-24T08:00:00+07:00',
    });
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('INVALID_APPOINTMENT');
    const later = '2026-12-21T17:00:00+07:00';
    const extended = await client.act('truongphong.kt', code, 'extend', {
      reason: 'Cần xác minh thực địa',
      newAppointment: later,
    });
    expect(extended.body).toMatchObject({
      appointmentAt: later,
      extended: true,
      version: started.version + 1,
    });
    const again = await client.act('truongphong.kt', code, 'extend', {
      reason: 'Lần nữa',
      newAppointment: '2026-12-28T17:00:00+07:00',
    });
    expect(again.status).toBe(422);
    expect(again.body.code).toBe('ALREADY_EXTENDED');
    expect(again.body.message).toMatch(/already extended once/);
    const sheet = (await client.get('truongphong.kt', `/dossiers/${code}/history`)).body as Array<{
      action: string;
      payload: Record<string, unknown>;
    }>;
    expect(sheet.at(-1)).toMatchObject({ action: 'extend', payload: { reason: 'Cần xác minh thực địa' } });
  });

  it('lets the citizen withdraw, after which nothing more can be done', async () => {
    const { body } = await client.receive('letan.xa', '1.001193');
    const code = body.code as string;
    await client.started('letan.xa', code);
    const withdrawn = await client.act('letan.xa', code, 'withdraw', { reason: 'Công dân xin rút hồ sơ' });
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', portalStatus: 7, step: null });
    const after = await client.act('letan.xa', code, 'forward');
    expect(after.status).toBe(422);
    expect(after.body).toMatchObject({ code: 'ACTION_NOT_ALLOWED', details: { allowed: [] } });
  });

  it('refuses a step to anyone but its owner, and reception to everyone but reception', async () => {
    const { body } = await client.receive('letan.xa', '2.000908');
    const code = body.code as string;
    await client.started('letan.xa', code);
    // The dossier has not reached the justice office yet: to its officer it does not exist.
    const early = await client.post('tuphap.xa1', `/dossiers/${code}/actions`, {
      action: 'forward',
      expectedVersion: 2,
    });
    expect(early.status).toBe(404);
    expect((await client.act('letan.xa', code, 'forward')).status).toBe(200);
    const wrongUnit = await client.act('letan.xa', code, 'submit');
    expect(wrongUnit.status).toBe(403);
    expect(wrongUnit.body.code).toBe('NOT_STEP_OWNER');
    const offRoute = await client.get('kinhte.xa1', `/dossiers/${code}`);
    expect(offRoute.status).toBe(404);
    const notReception = await client.receive('tuphap.xa1', '2.000908');
    expect(notReception.status).toBe(403);
    expect(notReception.body.code).toBe('FORBIDDEN_ROLE');
  });

  it('answers a stale version with 409 and writes nothing; of two concurrent actions exactly one wins', async () => {
    const { body } = await client.receive('letan.xa', '2.000908');
    const code = body.code as string;
    await client.started('letan.xa', code);
    const stale = await client.post('letan.xa', `/dossiers/${code}/actions`, {
      action: 'forward',
      expectedVersion: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT', details: { currentVersion: 2 } });
    expect(await events(code)).toHaveLength(2);

    const [a, b] = await Promise.all([
      client.post('letan.xa', `/dossiers/${code}/actions`, { action: 'forward', expectedVersion: 2 }),
      client.post('letan.xa2', `/dossiers/${code}/actions`, { action: 'forward', expectedVersion: 2 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect((await events(code)).map((e) => e.version)).toEqual([1, 2, 3]);
    expect((await client.get('letan.xa', `/dossiers/${code}`)).body).toMatchObject({
      version: 3,
      step: { id: 'appraise' },
    });
  });

  it('answers an action asked again once done (an answer lost on the way) with the dossier, doing it once', async () => {
    const { body } = await client.receive('letan.xa', '2.000908');
    const code = body.code as string;
    await client.started('letan.xa', code);
    const forward = { action: 'forward', expectedVersion: 2, comment: 'Chuyển thẩm định' };
    const first = await client.post('letan.xa', `/dossiers/${code}/actions`, forward);
    expect(first.status).toBe(200);
    const again = await client.post('letan.xa', `/dossiers/${code}/actions`, forward);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect((await events(code)).map((e) => e.action)).toEqual(['receive', 'intake', 'forward']);
    // Not a repeat: another comment, or another person, from the same old version.
    for (const [user, request] of [
      ['letan.xa', { ...forward, comment: 'Chuyển lại' }],
      ['letan.xa2', forward],
    ] as const) {
      const stale = await client.post(user, `/dossiers/${code}/actions`, request);
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT', details: { currentVersion: 3 } });
    }
    expect(await events(code)).toHaveLength(3);
  });

  it('never labels a desk dossier online: online dossiers come only through the portal', async () => {
    const before = await query<{ n: string }>('SELECT count(*) AS n FROM dossier');
    const res = await client.post('letan.xa', '/dossiers', {
      procedureCode: '2.000815',
      channel: 'online',
      applicant: {
        fullName: 'Trần Văn Bình',
        idNumber: '010203040506',
        phone: '0987654321',
        address: 'Xã Gia Phú',
      },
      documents: await client.documentsOf('2.000815'),
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.message).toMatch(/channel: .*Cổng Dịch vụ công/);
    expect(await query<{ n: string }>('SELECT count(*) AS n FROM dossier')).toEqual(before);
  });

  it('answers invalid bodies with 400 naming the fields, never 500', async () => {
    const res = await client.post('letan.xa', '/dossiers', {
      procedureCode: '2908',
      channel: 'fax',
      applicant: { fullName: 'A', idNumber: '12', phone: 'abc' },
      documents: 'none',
      colour: 'red',
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    const fields = (res.body.details.fields as Array<{ field: string }>).map((f) => f.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'procedureCode',
        'channel',
        'applicant.fullName',
        'applicant.idNumber',
        'applicant.phone',
        'applicant.address',
        'documents',
        'colour',
      ]),
    );
    expect(res.body.message).toMatch(/applicant\.phone: phone must be a Vietnamese number/);

    const malformed = await request(api.getHttpServer())
      .post('/api/v1/dossiers')
      .set('Authorization', `Bearer ${await client.token('letan.xa')}`)
      .set('Content-Type', 'application/json')
      .send('{"procedureCode": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('MALFORMED_JSON');

    const unknown = await client.post('letan.xa', '/dossiers', {
      procedureCode: '9.999999',
      channel: 'in_person',
      applicant: {
        fullName: 'Trần Văn Bình',
        idNumber: '010203040506',
        phone: '0987654321',
        address: 'Xã Gia Phú',
      },
      documents: [],
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('UNKNOWN_PROCEDURE');

    const badAction = await client.post('letan.xa', '/dossiers/nope/actions', {
      action: 'Go!',
      expectedVersion: 0,
    });
    expect(badAction.status).toBe(400);
    expect(badAction.body.message).toMatch(/action must be a snake_case action name.*expectedVersion/);
    expect((await client.get('letan.xa', '/dossiers?limit=1000&cursor=%25')).status).toBe(400);
  });

  it('gives 200 parallel receptions 200 distinct consecutive codes', async () => {
    clock.set(new Date('2026-11-27T09:00:00+07:00')); // a day no other test receives on
    const documents = await client.documentsOf('2.000815');
    await client.token('letan.xa');
    const replies = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        client.post(i % 2 ? 'letan.xa' : 'letan.xa2', '/dossiers', {
          procedureCode: '2.000815',
          channel: 'in_person',
          applicant: {
            fullName: `Phạm Văn Đức ${i}`,
            idNumber: String(100000000000 + i),
            phone: '0912000111',
            address: 'Xã Gia Phú',
          },
          documents,
        }),
      ),
    );
    expect(replies.every((r) => r.status === 201)).toBe(true);
    const sequence = replies.map((r) => Number((r.body.code as string).slice(-4))).sort((x, y) => x - y);
    expect(sequence).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(new Set(replies.map((r) => (r.body.code as string).slice(0, -5)))).toEqual(
      new Set([expect.stringMatching(/-261127$/)]),
    );
  });

  it("refuses a reception past the day's 9999 codes with DAILY_SEQUENCE_EXHAUSTED, writing nothing", async () => {
    clock.set(new Date('2026-11-28T09:00:00+07:00')); // a day no other test receives on
    const documents = await client.documentsOf('2.000815');
    const body = (n: number) => ({
      procedureCode: '2.000815',
      channel: 'in_person',
      applicant: {
        fullName: `Đỗ Thị Lan ${n}`,
        idNumber: String(200000000000 + n),
        phone: '0912000222',
        address: 'Xã Gia Phú',
      },
      documents,
    });
    const first = await client.post('letan.xa', '/dossiers', body(1));
    expect(first.status).toBe(201);
    const [agency] = (first.body.code as string).split('-');
    await query(`UPDATE dossier_sequence SET last = 9998 WHERE agency_id = $1 AND day = '2026-11-28'`, [
      agency,
    ]);
    const last = await client.post('letan.xa', '/dossiers', body(2));
    expect(last.status).toBe(201);
    expect(last.body.code).toBe(`${agency}-261128-9999`);

    const past = await client.post('letan.xa', '/dossiers', body(3));
    expect(past.status).toBe(409);
    expect(past.body.code).toBe('DAILY_SEQUENCE_EXHAUSTED');
    const rows = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM dossier WHERE code LIKE $1 || '-261128-%'`,
      [agency],
    );
    expect(rows[0].n).toBe(2);
    const [counter] = await query<{ last: number }>(
      `SELECT last FROM dossier_sequence WHERE agency_id = $1 AND day = '2026-11-28'`,
      [agency],
    );
    expect(counter.last).toBe(9999);
  });

  it('shows each officer their inbox by urgency, lists with filters and cursors, and lets a head reassign', async () => {
    const codes: string[] = [];
    for (const n of [1, 2, 3]) {
      const { body } = await client.receive('letan.xa', '2.000908', {}, 100 + n);
      await client.started('letan.xa', body.code);
      clock.advance(HOUR);
      await client.act('letan.xa', body.code, 'forward');
      codes.push(body.code);
    }
    const inbox = (await client.get('tuphap.xa1', '/inbox')).body.items as Array<{
      code: string;
      step: { dueAt: string };
    }>;
    const mine = inbox.filter((d) => codes.includes(d.code));
    expect(mine.map((d) => d.code)).toEqual(codes);
    const dues = inbox.map((d) => d.step.dueAt);
    expect([...dues].sort()).toEqual(dues);
    // Page by page: the same dossiers in the same order, and the total across pages.
    const whole = (await client.get('tuphap.xa1', '/inbox')).body as {
      items: typeof inbox;
      total: number;
    };
    expect(whole.total).toBe(inbox.length);
    expect(whole).toMatchObject({ totalCapped: false, nextCursor: null });
    const paged: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const res = await client.get('tuphap.xa1', `/inbox?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      expect(res.body.total).toBe(inbox.length);
      paged.push(...res.body.items.map((d: { code: string }) => d.code));
      cursor = res.body.nextCursor as string | null;
    }
    expect(paged).toEqual(inbox.map((d) => d.code));
    expect((await client.get('tuphap.xa1', '/inbox?cursor=bm9wZQ')).body.code).toBe('INVALID_CURSOR');
    expect((await client.get('tuphap.xa1', '/inbox?limit=0')).status).toBe(400);
    expect(
      (await client.get('letan.xa', '/inbox')).body.items.map((d: { code: string }) => d.code),
    ).not.toContain(codes[0]);

    const assigned = await client.post('chanhvp.xa', `/dossiers/${codes[0]}/assign`, {
      username: 'tuphap.xa2',
      expectedVersion: 3,
    });
    expect(assigned.status).toBe(200);
    expect(assigned.body.step.assignee).toBe('tuphap.xa2');
    // Asked again (an answer lost on the way): the same dossier, assigned once; to someone else, a conflict.
    const again = await client.post('chanhvp.xa', `/dossiers/${codes[0]}/assign`, {
      username: 'tuphap.xa2',
      expectedVersion: 3,
    });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(assigned.body);
    expect((await events(codes[0])).filter((e) => e.action === 'assign')).toHaveLength(1);
    const other = await client.post('chanhvp.xa', `/dossiers/${codes[0]}/assign`, {
      username: 'tuphap.xa1',
      expectedVersion: 3,
    });
    expect(other.body.code).toBe('VERSION_CONFLICT');
    expect(
      (await client.get('tuphap.xa1', '/inbox')).body.items.map((d: { code: string }) => d.code),
    ).not.toContain(codes[0]);
    expect((await client.act('tuphap.xa1', codes[0], 'submit')).status).toBe(403);
    expect((await client.act('tuphap.xa2', codes[0], 'submit')).status).toBe(200);
    const notHead = await client.post('tuphap.xa1', `/dossiers/${codes[1]}/assign`, {
      username: 'tuphap.xa2',
      expectedVersion: 3,
    });
    expect(notHead.status).toBe(403);
    const notOfficer = await client.post('chanhvp.xa', `/dossiers/${codes[1]}/assign`, {
      username: 'kinhte.xa1',
      expectedVersion: 3,
    });
    expect(notOfficer.body.code).toBe('INVALID_ASSIGNEE');

    const byName = (await client.get('letan.xa', `/dossiers?q=${encodeURIComponent('Hồng Nhung 102')}`)).body
      .items;
    expect(byName.map((d: { code: string }) => d.code)).toEqual([codes[1]]);
    const first = (await client.get('giamdoc.ttxa', '/dossiers?procedure=2.000908&limit=2')).body;
    expect(first.items).toHaveLength(2);
    const second = (
      await client.get('giamdoc.ttxa', `/dossiers?procedure=2.000908&limit=2&cursor=${first.nextCursor}`)
    ).body;
    const seen = [...first.items, ...second.items].map((d: { code: string }) => d.code);
    expect(new Set(seen).size).toBe(4);
    const all = (await client.get('giamdoc.ttxa', '/dossiers?procedure=2.000908&limit=100')).body.items;
    expect(all.slice(0, 4).map((d: { code: string }) => d.code)).toEqual(seen);
    const hidden = (await client.get('kinhte.xa1', '/dossiers?procedure=2.000908')).body.items;
    expect(hidden).toEqual([]);
  });
});

const BUILTINS = ['request_supplement', 'supplement_received', 'extend', 'refuse', 'withdraw', 'stop'];
const OWNERS: Record<string, string> = {
  'mot-cua-xa/reception': 'letan.xa',
  'kinh-te-xa/officer': 'kinhte.xa1',
  'kinh-te-xa/head': 'truongphong.kt',
  'lanh-dao-xa/leader': 'chutich.xa',
  'tu-phap-xa/officer': 'tuphap.xa1',
};
const ownerOf = (owner: { unit: string; role: string }): string => OWNERS[`${owner.unit}/${owner.role}`];
