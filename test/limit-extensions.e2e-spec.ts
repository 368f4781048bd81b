import type { INestApplication } from '@nestjs/common';
import { ManualClock } from '@motcua/common';
import request from 'supertest';
import { query } from './support/app';
import { bootE2e, type E2eWithWorker } from './support/boot-e2e';
import { DossierClient } from './support/dossier-client';

// Monday 9 March 2026, 07:30 in Hà Nội: the clock starts at once; 10 working days end Friday 20 March 17:00.
const MONDAY = new Date('2026-03-09T07:30:00+07:00');
const RULE =
  'Trường hợp người được cấp Phiếu đã cư trú ở nhiều nơi hoặc ở nước ngoài, là người nước ngoài, hoặc phải xác minh điều kiện đương nhiên được xóa án tích';

describe('conditional limits: a judicial-record certificate that needs verification takes 15 working days', () => {
  const clock = new ManualClock(MONDAY);
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

  beforeEach(() => clock.set(MONDAY));

  const receipt = async (code: string): Promise<string> => {
    const res = await request(api.getHttpServer())
      .get(`/api/v1/dossiers/${code}/forms/01.html`)
      .set('Authorization', `Bearer ${await client.token('letan.tinh1')}`);
    expect(res.status).toBe(200);
    return res.text.replace(/\s+/g, ' ');
  };

  const lookup = async (code: string) => {
    const [row] = await query<{ lookup_key: string }>('SELECT lookup_key FROM dossier WHERE code = $1', [
      code,
    ]);
    const res = await request(api.getHttpServer())
      .get(`/api/v1/public/dossiers/${encodeURIComponent(code)}`)
      .query({ key: row!.lookup_key });
    expect(res.status).toBe(200);
    return res.body as {
      appointmentAt: string;
      limit: { statutory: string; conditions: string[]; applied: string | null };
    };
  };

  const portalAppointments = async (code: string) =>
    (
      await query<{ due: string }>(
        `SELECT m.payload->>'NgayHenTra' AS due FROM portal_sync_message m JOIN dossier d ON d.id = m.dossier_id
          WHERE d.code = $1 ORDER BY m.seq`,
        [code],
      )
    ).map((r) => r.due);

  const receivedAtDesk = async (n: number) => {
    const res = await client.receive('letan.tinh1', '2.000488', {}, n);
    expect(res.status).toBe(201);
    const code = res.body.code as string;
    await client.started('letan.tinh1', code);
    expect((await client.act('letan.tinh1', code, 'forward')).status).toBe(200);
    return code;
  };

  it('states the base limit and the conditional rule on the receipt and the lookup before any is taken', async () => {
    const code = await receivedAtDesk(1);
    const dossier = (await client.get('lylich.stp', `/dossiers/${code}`)).body;
    expect(dossier.appointmentAt).toBe('2026-03-20T17:00:00+07:00');
    const text = await receipt(code);
    expect(text).toContain(`10 ngày làm việc; ${RULE}: 15 ngày làm việc`);
    expect(text).not.toContain('Thời hạn áp dụng đối với hồ sơ');
    const seen = await lookup(code);
    expect(seen.limit).toEqual({
      statutory: '10 ngày làm việc',
      conditions: [`${RULE}: 15 ngày làm việc`],
      applied: null,
    });
  });

  it('moves the appointment by 5 working days when the dossier enters the verification, once, and says so', async () => {
    const code = await receivedAtDesk(2);
    clock.set(new Date('2026-03-11T09:00:00+07:00'));
    const verify = await client.act('lylich.stp', code, 'request_verification');
    expect(verify.status).toBe(200);

    const dossier = (await client.get('lylich.stp', `/dossiers/${code}`)).body;
    expect(dossier.appointmentAt).toBe('2026-03-27T17:00:00+07:00');
    expect(dossier.receiptAppointmentAt).toBe('2026-03-27T17:00:00+07:00');
    expect(dossier.step.owner).toEqual({ unit: 'cong-an-tinh', role: 'officer' });

    const [event] = await query<{ payload: { limitExtension: Record<string, unknown> } }>(
      `SELECT e.payload FROM dossier_event e JOIN dossier d ON d.id = e.dossier_id
        WHERE d.code = $1 AND e.action = 'request_verification'`,
      [code],
    );
    expect(event!.payload.limitExtension).toMatchObject({
      rule: RULE,
      amount: 5,
      unit: 'working_day',
      previousDueAt: '2026-03-20T10:00:00.000Z',
      newDueAt: '2026-03-27T10:00:00.000Z',
    });

    // The portal hears the new appointment (NgayHenTra, yyyyMMddHHmmss in Vietnam time).
    expect((await portalAppointments(code)).at(-1)).toBe('20260327170000');

    const text = await receipt(code);
    expect(text).toContain('27/03/2026');
    expect(text).toContain(`Thời hạn áp dụng đối với hồ sơ`);
    expect(text).toContain(`15 ngày làm việc (${RULE})`);
    const seen = await lookup(code);
    expect(seen.appointmentAt).toBe('2026-03-27T17:00:00+07:00');
    expect(seen.limit.applied).toBe(`15 ngày làm việc (${RULE})`);

    // The police answer; the head sends it back to the appraiser, who asks again: the limit does not move twice.
    clock.set(new Date('2026-03-16T09:00:00+07:00'));
    expect((await client.act('hoso.catinh', code, 'reply')).status).toBe(200);
    expect(
      (await client.act('truongphong.stp', code, 'send_back', { reason: 'Bổ sung kết quả tra cứu' })).status,
    ).toBe(200);
    expect((await client.act('lylich.stp', code, 'request_verification')).status).toBe(200);
    expect((await client.get('lylich.stp', `/dossiers/${code}`)).body.appointmentAt).toBe(
      '2026-03-27T17:00:00+07:00',
    );
  });

  it('leaves the 10 working days alone on the way without verification', async () => {
    const code = await receivedAtDesk(3);
    expect((await client.act('lylich.stp', code, 'submit')).status).toBe(200);
    expect((await client.get('lylich.stp', `/dossiers/${code}`)).body.appointmentAt).toBe(
      '2026-03-20T17:00:00+07:00',
    );
    expect((await lookup(code)).limit.applied).toBeNull();
  });
});
