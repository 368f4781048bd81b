import type { INestApplication } from '@nestjs/common';
import { ManualClock } from '@motcua/common';
import type { Response as AgentResponse } from 'superagent';
import request from 'supertest';
import { query } from './support/app';
import { bootE2e, type E2eWithWorker } from './support/boot-e2e';
import { DossierClient } from './support/dossier-client';
import { pdfToText } from './support/pdf-text';

const HOUR = 3_600_000;
// Monday 23 November 2026, 08:00 in Hà Nội; Tuesday 24 November is a holiday. A 2.000908 dossier received now
// is due Wednesday 25 November 08:00.
const MONDAY_8AM = new Date('2026-11-23T08:00:00+07:00');
const NOVEMBER = 'from=2026-11-01T00:00:00%2B07:00&to=2026-12-01T00:00:00%2B07:00';

const binary = (res: AgentResponse, done: (err: Error | null, body: Buffer) => void): void => {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
};

interface Supplement {
  LyDo: string;
  NgayHenTraCu: string | null;
  NgayHenTraMoi: string | null;
}

describe('extensions, refusals, send-backs and who may take each built-in action', () => {
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

  const received = async (procedure = '2.000908', n = 1): Promise<string> => {
    const { body } = await client.receive('letan.xa', procedure, {}, n);
    await client.started('letan.xa', body.code as string);
    return body.code as string;
  };

  const sheet = async (code: string): Promise<string> => {
    const res = await request(api.getHttpServer())
      .get(`/api/v1/dossiers/${code}/forms/06.pdf`)
      .set('Authorization', `Bearer ${await client.token('giamdoc.ttxa')}`)
      .buffer(true)
      .parse(binary);
    expect(res.status).toBe(200);
    return (await pdfToText(res.body as Buffer)).replace(/\s+/g, ' ');
  };

  const lastPortalPayload = async (code: string) => {
    const [row] = await query<{ payload: Record<string, unknown> }>(
      `SELECT m.payload FROM portal_sync_message m JOIN dossier d ON d.id = m.dossier_id
        WHERE d.code = $1 ORDER BY m.seq DESC LIMIT 1`,
      [code],
    );
    return row!.payload;
  };

  const extensionOf = async (code: string) =>
    (
      (await client.get('giamdoc.ttxa', `/dossiers/${code}/history`)).body as Array<{
        action: string;
        payload: Record<string, unknown>;
      }>
    ).find((e) => e.action === 'extend')!;

  it('refuses a new appointment outside working time, naming the next valid instant', async () => {
    const code = await received();
    await client.act('letan.xa', code, 'forward');
    // The console offers only valid appointments, and only to those who may extend: the head of the unit
    // holding the step (the justice office's), not the desk.
    const leader = (await client.get('chanhvp.xa', `/dossiers/${code}`)).body;
    expect(leader.appointmentChoices.slice(0, 3)).toEqual([
      '2026-11-25T17:00:00+07:00',
      '2026-11-26T17:00:00+07:00',
      '2026-11-27T17:00:00+07:00',
    ]);
    expect(leader.appointmentChoices).not.toContain('2026-11-28T17:00:00+07:00');
    expect((await client.get('letan.xa', `/dossiers/${code}`)).body.appointmentChoices).toEqual([]);
    const saturday = await client.act('chanhvp.xa', code, 'extend', {
      reason: 'Cần xác minh thêm',
      newAppointment: '2026-11-28T09:00:00+07:00',
    });
    expect(saturday.status).toBe(422);
    expect(saturday.body.code).toBe('INVALID_APPOINTMENT');
    expect(saturday.body.message).toContain('2026-11-30T07:30:00+07:00');
    const lunch = await client.act('chanhvp.xa', code, 'extend', {
      reason: 'Cần xác minh thêm',
      newAppointment: '2026-11-27T12:00:00+07:00',
    });
    expect(lunch.status).toBe(422);
    expect(lunch.body.message).toContain('2026-11-27T13:00:00+07:00');
    expect((await client.get('letan.xa', `/dossiers/${code}`)).body).toMatchObject({ extended: false });
  });

  it('an extension after the appointment passed informs the citizen, but the dossier stays late everywhere', async () => {
    const code = await received('2.000908', 2);
    await client.act('letan.xa', code, 'forward');
    clock.set(new Date('2026-11-25T10:00:00+07:00')); // two working hours past the appointment
    const extended = await client.act('chanhvp.xa', code, 'extend', {
      reason: 'Chờ xác minh sổ gốc',
      newAppointment: '2026-11-27T17:00:00+07:00',
    });
    expect(extended.status).toBe(200);
    // The appointment it is judged by does not move.
    expect(extended.body).toMatchObject({ appointmentAt: '2026-11-25T08:00:00+07:00', extended: true });
    expect((await extensionOf(code)).payload).toMatchObject({
      reason: 'Chờ xác minh sổ gốc',
      previousDueAt: '2026-11-25T01:00:00.000Z',
      newDueAt: '2026-11-27T10:00:00.000Z',
      apology: 'after_deadline',
    });
    const portal = await lastPortalPayload(code);
    expect(portal.NgayHenTra).toBe('20261125080000');
    expect(portal.DanhSachHoSoBoSung as Supplement[]).toEqual([
      expect.objectContaining({
        LyDo: 'Chờ xác minh sổ gốc',
        NgayHenTraCu: '20261125080000',
        NgayHenTraMoi: '20261127170000',
      }),
    ]);

    // Resolved before the new date: still late against the appointment that passed.
    for (const [user, action, body] of [
      ['tuphap.xa1', 'submit', { comment: 'Đủ điều kiện' }],
      ['chutich.xa', 'sign', {}],
      ['letan.xa', 'hand_over', {}],
    ] as const) {
      clock.advance(HOUR / 2);
      expect((await client.act(user, code, action, body)).status).toBe(200);
    }
    const timeliness = (await client.get('giamdoc.ttxa', `/dossiers/${code}/timeliness`)).body;
    expect(timeliness.decree.status).toBe('late');
    expect(timeliness.decision766.status).toBe('late');
    const text = await sheet(code);
    expect(text).toContain('Kết quả giải quyết: Quá hạn');
    expect(text).toContain('hẹn cũ 25/11/2026 08:00, hẹn mới 27/11/2026 17:00; lý do: Chờ xác minh sổ gốc');
    expect(text).toContain('vẫn tính là quá hạn theo hẹn cũ');

    const report = (await client.get('giamdoc.ttxa', `/reports/handling?groupBy=procedure&${NOVEMBER}`)).body;
    const row = report.rows.find((r: { key: string }) => r.key === '2.000908');
    expect(row).toMatchObject({ resolved: 1, resolvedLate: 1, resolvedOnTime: 0, resolvedEarly: 0 });
    expect(report.apologies).toEqual({ issued: 1, late: 1 });
  });

  it('an extension less than a working day ahead moves the appointment and is marked a late apology', async () => {
    clock.set(new Date('2026-11-23T16:00:00+07:00')); // 1.5 working hours before Wednesday 08:00
    const code = await received('2.000908', 3);
    const view = (await client.get('letan.xa', `/dossiers/${code}`)).body;
    // Received after the 15:00 cut-off: the clock starts Wednesday 07:30.
    clock.set(new Date(new Date(view.appointmentAt as string).getTime() - HOUR));
    await client.act('letan.xa', code, 'forward');
    const extended = await client.act('chanhvp.xa', code, 'extend', {
      reason: 'Cán bộ thẩm định nghỉ ốm',
      newAppointment: '2026-12-02T17:00:00+07:00',
    });
    expect(extended.body.appointmentAt).toBe('2026-12-02T17:00:00+07:00');
    expect((await extensionOf(code)).payload.apology).toBe('late');
    expect(await sheet(code)).toContain('xin lỗi muộn: phát hành chưa đủ 01 ngày làm việc');
    const report = (await client.get('giamdoc.ttxa', `/reports/handling?${NOVEMBER}`)).body;
    expect(report.apologies).toEqual({ issued: 2, late: 2 });
  });

  it('a timely extension moves the appointment and is no late apology', async () => {
    const code = await received('1.009994', 4);
    await client.act('letan.xa', code, 'forward');
    const extended = await client.act('truongphong.kt', code, 'extend', {
      reason: 'Cần xác minh thực địa',
      newAppointment: '2026-12-21T17:00:00+07:00',
    });
    expect(extended.body.appointmentAt).toBe('2026-12-21T17:00:00+07:00');
    expect((await extensionOf(code)).payload.apology).toBe('timely');
    expect(await sheet(code)).not.toContain('xin lỗi muộn');
  });

  it('a send-back always needs a reason, shown on the timeline and the control sheet', async () => {
    const code = await received('1.001193', 5);
    await client.act('letan.xa', code, 'forward');
    await client.act('tuphap.xa1', code, 'submit');
    expect((await client.get('chutich.xa', `/dossiers/${code}`)).body.reasonActions).toContain('send_back');
    const bare = await client.act('chutich.xa', code, 'send_back');
    expect(bare.status).toBe(422);
    expect(bare.body).toMatchObject({ code: 'REASON_REQUIRED' });
    expect(bare.body.message).toMatch(/send-back must give its reason/);
    const back = await client.act('chutich.xa', code, 'send_back', { reason: 'Sai tên cha trong tờ khai' });
    expect(back.status).toBe(200);
    const history = (await client.get('chutich.xa', `/dossiers/${code}/history`)).body as Array<{
      action: string;
      payload: Record<string, unknown>;
    }>;
    expect(history.at(-1)).toMatchObject({
      action: 'send_back',
      payload: { sendBack: true, reason: 'Sai tên cha trong tờ khai' },
    });
    const text = await sheet(code);
    expect(text).toContain('Lý do trả lại');
    expect(text).toContain('Sai tên cha trong tờ khai');
  });

  it('an outside verifying unit does its step and nothing else; reception alone records a withdrawal', async () => {
    const code = await received('2.000806', 6);
    await client.act('letan.xa', code, 'forward');
    await client.act('tuphap.xa1', code, 'request_verification');
    const atPolice = (await client.get('congan.xa1', `/dossiers/${code}`)).body;
    expect(atPolice.step.id).toBe('verify');
    expect(atPolice.allowedActions).toEqual(['reply']);
    expect((await client.get('truongca.xa', `/dossiers/${code}`)).body.allowedActions).toEqual(['reply']);
    for (const [action, body] of [
      ['withdraw', { reason: 'Công dân xin rút' }],
      ['stop', { reason: 'Dừng xác minh' }],
      ['refuse', { reason: 'Không đủ điều kiện' }],
      ['request_supplement', { reason: 'Thiếu giấy', missingItems: ['Hộ chiếu'] }],
      ['extend', { reason: 'Chờ xác minh', newAppointment: '2026-12-21T17:00:00+07:00' }],
    ] as const) {
      const res = await client.act('truongca.xa', code, action, body);
      expect([action, res.status, res.body.code]).toEqual([action, 403, 'NOT_STEP_OWNER']);
    }
    const officer = await client.act('tuphap.xa1', code, 'withdraw', { reason: 'Công dân xin rút' });
    expect(officer.status).toBe(403);
    expect(officer.body.message).toMatch(/only reception of the receiving unit records a withdrawal/);
    // The agency's heads still decide while the police verify.
    expect((await client.get('chanhvp.xa', `/dossiers/${code}`)).body.allowedActions).toEqual(
      expect.arrayContaining(['refuse', 'stop']),
    );
    // The agency's leader reads it before it reaches the leaders' unit, and extends the appointment meanwhile.
    const leader = await client.get('chutich.xa', `/dossiers/${code}`);
    expect(leader.status).toBe(200);
    expect(leader.body.allowedActions).toEqual(expect.arrayContaining(['extend', 'refuse', 'stop']));
    const extended = await client.act('chutich.xa', code, 'extend', {
      reason: 'Chờ kết quả xác minh của Công an xã',
      newAppointment: '2026-12-21T17:00:00+07:00',
    });
    expect(extended.status).toBe(200);
    expect(extended.body).toMatchObject({ appointmentAt: '2026-12-21T17:00:00+07:00', extended: true });
    const withdrawn = await client.act('letan.xa', code, 'withdraw', { reason: 'Công dân xin rút hồ sơ' });
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', portalStatus: 7 });
  });

  it('a refusal after acceptance is sent to the portal as the result returned, not as refused at reception', async () => {
    const code = await received('2.000908', 7);
    await client.act('letan.xa', code, 'forward');
    clock.advance(HOUR);
    expect((await client.act('tuphap.xa1', code, 'refuse', { reason: 'Không đủ điều kiện' })).status).toBe(
      403,
    );
    const refused = await client.act('chanhvp.xa', code, 'refuse', {
      reason: 'Không đủ điều kiện cấp bản sao',
    });
    expect(refused.body).toMatchObject({ status: 'refused', portalStatus: 10 });
    const portal = await lastPortalPayload(code);
    expect(portal).toMatchObject({ TrangThaiHoSo: 10, NgayTra: '20261123090000' });
    const atDesk = await client.receive(
      'letan.xa',
      '2.000908',
      { decision: 'refuse', reason: 'Sai thẩm quyền' },
      8,
    );
    expect(atDesk.body).toMatchObject({ status: 'refused' });
    expect((await lastPortalPayload(atDesk.body.code as string)).TrangThaiHoSo).toBe(3);
  });
});
