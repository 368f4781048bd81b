import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { ManualClock } from '@motcua/common';
import { NotificationSweepService } from '@motcua/notification';
import { jobId, QueueName } from '@motcua/queue';
import { createSmsSim, type ReceivedSms, type SmsSim } from '../apps/sms-sim/src/sms-sim.service';
import { query } from './support/app';
import { bootE2e, type E2eWithWorker } from './support/boot-e2e';
import { applicant, DossierClient } from './support/dossier-client';
import { type SunkMail, startSmtpSink } from './support/smtp-sink';
import { testQueue, waitFor } from './support/worker';

const HOUR = 3_600_000;
const TOKEN = 'sms-gateway-token-for-the-tests';
const SITE = 'https://dichvucong.example.gov.vn';
const MONDAY_8AM = new Date('2026-11-23T08:00:00+07:00');
jest.setTimeout(60_000);

/** How applicant `n` of the test client is reached: 84 and the subscriber number, and the e-mail address. */
const phoneOf = (n: number) => `84${applicant(n).phone.slice(1)}`;
const emailOf = (n: number) => applicant(n).email!;

describe('notices to the citizen by SMS and e-mail, on real PostgreSQL and Redis', () => {
  const clock = new ManualClock(MONDAY_8AM);
  let sms: SmsSim;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let e2e: E2eWithWorker | undefined;
  let api: INestApplication;
  let worker: INestApplication;
  let client: DossierClient;

  beforeAll(async () => {
    sms = await createSmsSim({ token: TOKEN });
    smtp = await startSmtpSink();
    Object.assign(process.env, {
      SMS_GATEWAY_URL: `${sms.url}/sms`,
      SMS_GATEWAY_TOKEN: TOKEN,
      SMS_SENDER: 'UBND GIAPHU',
      CITIZEN_EMAIL: 'true',
      SMTP_URL: smtp.url,
      PUBLIC_BASE_URL: SITE,
    });
    e2e = await bootE2e({ clock, worker: true });
    ({ api, worker, client } = e2e);
  });

  afterAll(async () => {
    await e2e?.close();
    await sms?.close();
    await smtp?.close();
  });

  const smsTo = (n: number, containing: string): Promise<ReceivedSms> =>
    waitFor(() => sms.received.find((m) => m.to === phoneOf(n) && m.text.includes(containing)), {
      what: `an SMS to applicant ${n} saying '${containing}'`,
    });
  const mailTo = (n: number, subject: string): Promise<SunkMail> =>
    waitFor(() => smtp.mails.find((m) => m.to.includes(emailOf(n)) && m.subject === subject), {
      what: `an e-mail to applicant ${n}: '${subject}'`,
    });
  const noticesOf = (code: string) =>
    query<{ kind: string; channel: string; delivered: boolean; attempts: number; last_error: string | null }>(
      `SELECT n.kind, n.channel, n.delivered_at IS NOT NULL AS delivered, n.attempts, n.last_error
         FROM citizen_notice n JOIN dossier d ON d.id = n.dossier_id WHERE d.code = $1
        ORDER BY n.dossier_version, n.channel`,
      [code],
    );
  const link = (code: string, key: string) => `${SITE}/tra-cuu?code=${code}&key=${key}`;

  async function received(n: number, extra: Record<string, unknown> = {}) {
    const res = await client.receive('letan.xa', '2.000908', extra, n);
    expect(res.status).toBe(201);
    return { code: res.body.code as string, key: res.body.lookupKey as string };
  }

  it('accepted at the desk: code, key, appointment and the page link, by SMS (unaccented) and e-mail', async () => {
    const { code, key } = await received(1);
    const text = await smsTo(1, code);
    expect(text).toMatchObject({ from: 'UBND GIAPHU', unicode: false, duplicate: false });
    expect(text.text).toBe(
      `Ho so ${code} da duoc tiep nhan. Hen tra: 08:00 ngay 25/11/2026. Ma tra cuu: ${key}. ` +
        `Tra cuu: ${link(code, key)}`,
    );
    const mail = await mailTo(1, `Hồ sơ ${code} đã được tiếp nhận`);
    expect(mail.text).toContain(
      'Trung tâm Phục vụ hành chính công xã Gia Phú đã tiếp nhận hồ sơ thủ tục "Cấp bản sao từ sổ gốc" của ông/bà.',
    );
    expect(mail.text).toContain('Ngày hẹn trả kết quả: 08:00 ngày 25/11/2026.');
    expect(mail.text).toContain(`Mã tra cứu: ${key}`);
    expect(mail.text).toContain(link(code, key));
    await waitFor(async () => (await noticesOf(code)).every((n) => n.delivered) || undefined);
    expect(await noticesOf(code)).toEqual([
      { kind: 'accepted', channel: 'email', delivered: true, attempts: 1, last_error: null },
      { kind: 'accepted', channel: 'sms', delivered: true, attempts: 1, last_error: null },
    ]);
  });

  it('supplement requested: what to bring', async () => {
    const { code } = await received(2);
    await client.started('letan.xa', code);
    const asked = await client.act('letan.xa', code, 'request_supplement', {
      reason: 'Tờ khai chưa ghi đủ thông tin',
      missingItems: ['Tờ khai có chữ ký của người yêu cầu'],
    });
    expect(asked.body.status).toBe('awaiting_supplement');
    const text = await smsTo(2, 'can bo sung');
    expect(text.text).toContain(`Ho so ${code} can bo sung: To khai co chu ky cua nguoi yeu cau.`);
    const mail = await mailTo(2, `Hồ sơ ${code}: đề nghị bổ sung hồ sơ`);
    expect(mail.text).toContain('cần được bổ sung: Tờ khai chưa ghi đủ thông tin.');
    expect(mail.text).toContain('- Tờ khai có chữ ký của người yêu cầu');
  });

  it('extension with the apology, then the result ready', async () => {
    const { code, key } = await received(3);
    await client.started('letan.xa', code);
    clock.advance(HOUR);
    expect((await client.act('letan.xa', code, 'forward')).status).toBe(200);
    const extended = await client.act('chanhvp.xa', code, 'extend', {
      reason: 'Chờ xác minh sổ gốc',
      newAppointment: '2026-11-27T17:00:00+07:00',
    });
    expect(extended.status).toBe(200);
    const apology = await smsTo(3, 'xin loi');
    expect(apology.text).toContain(`ho so ${code} chua tra dung hen. Hen tra moi: 17:00 ngay 27/11/2026.`);
    const letter = await mailTo(3, `Hồ sơ ${code}: thư xin lỗi và hẹn lại ngày trả kết quả`);
    expect(letter.text).toContain(
      'xin lỗi ông/bà vì chưa trả kết quả hồ sơ thủ tục "Cấp bản sao từ sổ gốc" đúng hẹn',
    );
    expect(letter.text).toContain('Lý do: Chờ xác minh sổ gốc.');
    expect(letter.text).toContain('Ngày hẹn trả kết quả mới: 17:00 ngày 27/11/2026.');
    // The same letter on the citizen's page, to the key holder only.
    const page = (path: string) => request(api.getHttpServer()).get(`/api/v1/public/dossiers/${code}${path}`);
    expect((await page(`?key=${key}`)).body.apology).toMatchObject({
      agency: 'Ủy ban nhân dân xã Gia Phú',
      newAppointmentAt: '2026-11-27T17:00:00+07:00',
      reason: 'Chờ xác minh sổ gốc',
    });
    expect((await page('?key=ZZZZZZZZ')).status).toBe(404);

    clock.advance(HOUR);
    expect((await client.act('tuphap.xa1', code, 'submit', { comment: 'Đủ điều kiện' })).status).toBe(200);
    clock.advance(HOUR);
    expect((await client.act('chutich.xa', code, 'sign')).body.status).toBe('result_ready');
    const ready = await smsTo(3, 'da co ket qua');
    expect(ready.text).toContain(
      `Ho so ${code} da co ket qua. Moi ong/ba nhan tai Trung tam Phuc vu hanh chinh cong xa Gia Phu.`,
    );
    await mailTo(3, `Hồ sơ ${code} đã có kết quả`);
    // The hand-over itself tells the citizen nothing more.
    clock.advance(HOUR);
    expect((await client.act('letan.xa', code, 'hand_over')).body.status).toBe('done');
    await new Promise((r) => setTimeout(r, 500));
    expect((await noticesOf(code)).map((n) => n.kind)).toEqual([
      'accepted',
      'accepted',
      'extended',
      'extended',
      'result_ready',
      'result_ready',
    ]);
  });

  it('refused at reception: the reason', async () => {
    const res = await client.receive(
      'letan.xa',
      '2.000908',
      { decision: 'refuse', reason: 'Sai thẩm quyền' },
      4,
    );
    const code = res.body.code as string;
    const text = await smsTo(4, 'khong duoc tiep nhan');
    expect(text.text).toContain(`Ho so ${code} khong duoc tiep nhan. Ly do: Sai tham quyen.`);
    const mail = await mailTo(4, `Hồ sơ ${code} không được tiếp nhận`);
    expect(mail.text).toContain('Lý do: Sai thẩm quyền.');
  });

  it('retries a gateway that fails, and sends each notice once', async () => {
    sms.control.fail = true;
    const { code } = await received(5);
    await waitFor(async () => (await noticesOf(code)).find((n) => n.channel === 'sms' && n.attempts >= 1), {
      what: 'a failed attempt',
    });
    expect((await noticesOf(code)).find((n) => n.channel === 'sms')).toMatchObject({
      delivered: false,
      last_error: 'SMS gateway answered 503',
    });
    sms.control.fail = false;
    await smsTo(5, code);
    await waitFor(async () => (await noticesOf(code)).every((n) => n.delivered) || undefined);
    expect(sms.received.filter((m) => m.to === phoneOf(5))).toHaveLength(1);
    expect(sms.received.some((m) => m.duplicate)).toBe(false);
  });

  it('a delivery job lost from Redis is rebuilt by the sweep from PostgreSQL', async () => {
    const queue = testQueue(QueueName.Notifications);
    await queue.pause();
    try {
      const { code } = await received(6);
      const [notice] = await query<{ id: string }>(
        `SELECT n.id FROM citizen_notice n JOIN dossier d ON d.id = n.dossier_id
          WHERE d.code = $1 AND n.channel = 'sms'`,
        [code],
      );
      const id = jobId('citizen', notice!.id);
      await waitFor(async () => (await queue.getJob(id)) ?? undefined, { what: 'the relayed job' });
      await queue.remove(id);
      clock.advance(60_000);
      const report = await worker.get(NotificationSweepService).reconcile();
      expect(report.add).toBeGreaterThanOrEqual(1);
      await queue.resume();
      await smsTo(6, code);
    } finally {
      await queue.resume();
      await queue.close();
    }
  });

  it('refuses a request without the gateway token (the simulator checks it)', async () => {
    const res = await fetch(`${sms.url}/sms`, {
      method: 'POST',
      headers: { authorization: 'Bearer wrong', 'content-type': 'application/json' },
      body: JSON.stringify({ reference: 'x', from: 'A', to: '84912345678', text: 'x' }),
    });
    expect(res.status).toBe(401);
    const listed = await fetch(`${sms.url}/messages`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(((await listed.json()) as ReceivedSms[]).length).toBe(sms.received.length);
  });
});
