import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { ManualClock } from '@motcua/common';
import { DeadlineSweepService } from '@motcua/dossier';
import { query, resetDatabase, startApi, startWorker } from './support/app';
import { DossierClient } from './support/dossier-client';
import { flushTestQueues } from './support/worker';

// Sweeps run at start-up only; the test asks for nothing else.
process.env.DEADLINE_SWEEP_MS = '3600000';

const at = (local: string): Date => new Date(`${local}+07:00`);
// What the engine knew of 2027 before its file: 1 January, and no Tết.
const BEFORE_2027 = `year: 2027
daysOff:
  - { date: 2027-01-01, name: 'Tết Dương lịch', kind: holiday }
`;

describe('calendar change: running dossiers re-projected at worker start, once', () => {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-reprojection-'));
  const clock = new ManualClock(at('2027-02-04T09:00'));
  let api: INestApplication | undefined;
  let worker: INestApplication | undefined;
  let client: DossierClient;
  let code: string;

  const boot = async () => {
    api = await startApi({ clock });
    worker = await startWorker({ clock });
    await worker.get(DeadlineSweepService).started();
    client = new DossierClient(api);
  };
  const stop = async () => {
    await worker?.close();
    await api?.close();
  };
  const calendarEvents = async () =>
    (
      (await client.get('giamdoc.ttxa', `/dossiers/${code}/history`)).body as Array<{ action: string }>
    ).filter((e) => e.action === 'calendar_change');

  beforeAll(async () => {
    cpSync('workflows', dir, { recursive: true });
    writeFileSync(join(dir, 'calendars', '2027.yaml'), BEFORE_2027);
    process.env.WORKFLOWS_DIR = dir;
    await resetDatabase();
    await flushTestQueues();
  });

  afterAll(async () => {
    await stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives a dossier received before Tết 2027 was known an appointment that ignores Tết', async () => {
    await boot();
    // 1.001612, three working days, received Thu 4 Feb 2027 09:00.
    const received = await client.receive('letan.xa', '1.001612');
    expect(received.body.appointmentAt).toBe('2027-02-09T09:00:00+07:00');
    code = received.body.code as string;
    await client.started('letan.xa', code);
    clock.set(at('2027-02-04T10:00'));
    // The appraisal (1.5 working days) starts Thu 10:00: due Fri 5 Feb 15:30 on that calendar.
    expect((await client.act('letan.xa', code, 'forward')).status).toBe(200);
    const view = (await client.get('kinhte.xa1', `/dossiers/${code}`)).body;
    expect(view.step.dueAt).toBe('2027-02-05T15:30:00+07:00');
    expect(view.appointmentProvisional).toBe(false);
    await stop();
  });

  it('moves it when the provisional 2027 file arrives: audit event, portal, step owner, receipt unchanged', async () => {
    cpSync(join('workflows', 'calendars', '2027.yaml'), join(dir, 'calendars', '2027.yaml'));
    clock.set(at('2027-02-04T11:00'));
    await boot();

    const view = (await client.get('kinhte.xa1', `/dossiers/${code}`)).body;
    // 6.5 h on Thursday; Fri 5 – Thu 11 Feb off (Tết and its compensatory days); 16 h on Fri 12 and Mon 15; 1.5 h on Tue 16.
    expect(view.appointmentAt).toBe('2027-02-16T09:00:00+07:00');
    expect(view.receiptAppointmentAt).toBe('2027-02-09T09:00:00+07:00');
    expect(view.step.dueAt).toBe('2027-02-12T15:30:00+07:00');
    expect(view).toMatchObject({ appointmentProvisional: true, provisionalYears: [2027] });

    const events = await calendarEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actor: null,
      comment: expect.stringContaining('Điều chỉnh theo lịch làm việc năm 2027 (dự kiến)'),
      payload: {
        previousDueAt: at('2027-02-09T09:00').toISOString(),
        newDueAt: at('2027-02-16T09:00').toISOString(),
        previousStepDueAt: at('2027-02-05T15:30').toISOString(),
        newStepDueAt: at('2027-02-12T15:30').toISOString(),
        calendar: [expect.objectContaining({ year: 2027, status: 'provisional', origin: 'file' })],
      },
    });

    const [message] = await query<{
      payload: { NgayHenTra: string; QuaTrinhXuLy: Array<{ NoiDungXuLy: string }> };
    }>(
      `SELECT m.payload FROM portal_sync_message m JOIN dossier d ON d.id = m.dossier_id
        WHERE d.code = $1 ORDER BY m.seq DESC LIMIT 1`,
      [code],
    );
    expect(message.payload.NgayHenTra).toBe('20270216090000');
    expect(message.payload.QuaTrinhXuLy.at(-1)!.NoiDungXuLy).toContain(
      'ngày hẹn trả từ 09:00 09/02/2027 thành 09:00 16/02/2027',
    );

    for (const officer of ['kinhte.xa1', 'kinhte.xa2']) {
      const notes = (await client.get(officer, '/notifications')).body.items as Array<Record<string, string>>;
      const note = notes.find((n) => n.kind === 'calendar' && n.dossierCode === code);
      expect(note?.body).toContain('Hạn trả kết quả: 09:00 ngày 09/02/2027 → 09:00 ngày 16/02/2027');
    }
    const reception = (await client.get('letan.xa', '/notifications')).body.items as Array<
      Record<string, string>
    >;
    expect(reception.filter((n) => n.kind === 'calendar')).toEqual([]);

    const receipt = await request(api!.getHttpServer())
      .get(`/api/v1/dossiers/${code}/forms/01.html`)
      .set('Authorization', `Bearer ${await client.token('letan.xa')}`);
    expect(receipt.status).toBe(200);
    expect(receipt.text).toContain('09/02/2027');
    expect(receipt.text).not.toContain('16/02/2027');
    await stop();
  });

  it('moves nothing on the next starts', async () => {
    const before = (
      await query<{ version: number }>('SELECT version FROM dossier WHERE code = $1', [code])
    )[0];
    await boot();
    await stop();
    await boot();
    expect(await calendarEvents()).toHaveLength(1);
    const after = (
      await query<{ version: number }>('SELECT version FROM dossier WHERE code = $1', [code])
    )[0];
    expect(after.version).toBe(before.version);
    expect((await client.get('kinhte.xa1', `/dossiers/${code}`)).body.appointmentAt).toBe(
      '2027-02-16T09:00:00+07:00',
    );
  });

  it('lets the officer act on the moved step as usual', async () => {
    clock.set(at('2027-02-12T09:00'));
    const res = await client.act('kinhte.xa1', code, 'submit');
    expect(res.status).toBe(200);
    const history = (await client.get('giamdoc.ttxa', `/dossiers/${code}/history`)).body as Array<
      Record<string, unknown>
    >;
    expect(history.at(-1)).toMatchObject({
      action: 'submit',
      stepDueAt: '2027-02-12T15:30:00+07:00',
      timeliness: 'on_time',
    });
  });
});
