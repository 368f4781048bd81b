import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
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
/** The joint procedure for children under 6: birth, permanent residence and health insurance card as branches. */
const JOINT = '1.013001';

interface BranchView {
  id: string;
  step: { id: string; dueAt: string | null; assignee: string | null } | null;
  joinedAt: string | null;
}

describe('calendar change: the branches of a fork re-projected at worker start, once', () => {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-reprojection-branches-'));
  const clock = new ManualClock(at('2027-02-04T09:00'));
  let api: INestApplication | undefined;
  let worker: INestApplication | undefined;
  let client: DossierClient;
  let code: string;
  // A second dossier whose appointment an extension letter set: only its branches can move.
  let extended: string;

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
  const view = async (of = code) => {
    const res = await client.get('giamdoc.ttxa', `/dossiers/${of}`);
    expect(res.status).toBe(200);
    return res.body as { appointmentAt: string; version: number; branches: BranchView[] };
  };
  const dues = async (of = code) =>
    Object.fromEntries((await view(of)).branches.map((b) => [b.id, b.step?.dueAt ?? `joined ${b.joinedAt}`]));
  const calendarEvents = async (of = code) =>
    (
      (await client.get('giamdoc.ttxa', `/dossiers/${of}/history`)).body as Array<{
        action: string;
        comment: string;
        payload: Record<string, unknown>;
      }>
    ).filter((e) => e.action === 'calendar_change');
  const calendarNotes = async (username: string) =>
    ((await client.get(username, '/notifications')).body.items as Array<Record<string, string>>).filter(
      (n) => n.kind === 'calendar' && n.dossierCode === code,
    );
  const act = async (username: string, action: string, body: Record<string, unknown> = {}) => {
    const res = await client.act(username, code, action, body);
    expect({ status: res.status, body: res.body as unknown }).toMatchObject({ status: 200 });
  };

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

  it('forks a dossier received before Tết 2027 was known into branches whose due instants ignore Tết', async () => {
    await boot();
    // Received Thu 4 Feb 2027 09:00; seven working days (the residence registration's limit).
    const received = await client.receive('letan.xa', JOINT);
    expect(received.status).toBe(201);
    expect(received.body.appointmentAt).toBe('2027-02-15T09:00:00+07:00');
    code = received.body.code as string;
    await client.started('letan.xa', code);
    clock.set(at('2027-02-04T10:00'));
    await act('letan.xa', 'forward');
    // From Thu 10:00 (5.5 working hours left that day): 4 h, 2 and 5 working days on that calendar.
    expect(await dues()).toEqual({
      birth: '2027-02-04T15:30:00+07:00',
      insurance: '2027-02-08T10:00:00+07:00',
      residence: '2027-02-11T10:00:00+07:00',
    });
    // The residence branch is given to one police officer: she alone is told of its move.
    const assigned = await client.post('truongca.xa', `/dossiers/${code}/assign`, {
      username: 'congan.xa2',
      branch: 'residence',
      expectedVersion: (await view()).version,
    });
    expect(assigned.status).toBe(200);
    // The birth branch goes on to the leader's signature and joins before the calendar changes.
    clock.set(at('2027-02-04T10:30'));
    await act('tuphap.xa1', 'submit', { branch: 'birth' });
    await act('chutich.xa', 'sign', { branch: 'birth' });

    clock.set(at('2027-02-04T09:00'));
    extended = (await client.receive('letan.xa', JOINT, {}, 2)).body.code as string;
    await client.started('letan.xa', extended);
    clock.set(at('2027-02-04T10:00'));
    expect((await client.act('letan.xa', extended, 'forward')).status).toBe(200);
    // A leader of the commune extends the appointment in writing (form 04): that date stays whatever the calendar.
    const letter = await client.act('chutich.xa', extended, 'extend', {
      reason: 'Cần xác minh nơi cư trú',
      newAppointment: '2027-02-26T17:00:00+07:00',
    });
    expect(letter.status).toBe(200);
    await stop();
  });

  it('moves the open branches when the provisional 2027 file arrives, in one audited change', async () => {
    cpSync(join('workflows', 'calendars', '2027.yaml'), join(dir, 'calendars', '2027.yaml'));
    clock.set(at('2027-02-04T11:00'));
    await boot();

    // Fri 5 – Thu 11 Feb off: what fell on those days moves on by five working days.
    expect(await dues()).toEqual({
      birth: 'joined 2027-02-04T10:30:00+07:00',
      insurance: '2027-02-15T10:00:00+07:00',
      residence: '2027-02-18T10:00:00+07:00',
    });
    expect((await view()).appointmentAt).toBe('2027-02-22T09:00:00+07:00');
    const [branch] = await query<{ due_soon_from: Date }>(
      `SELECT b.due_soon_from FROM dossier_branch b JOIN dossier d ON d.id = b.dossier_id
        WHERE d.code = $1 AND b.branch = 'insurance'`,
      [code],
    );
    // Due soon with 4 of its 16 working hours left: Fri 12 Feb 15:30 (it was Fri 5 Feb 15:30).
    expect(branch.due_soon_from).toEqual(at('2027-02-12T15:30'));

    const events = await calendarEvents();
    expect(events).toHaveLength(1);
    expect(events[0].comment).toBe(
      'Điều chỉnh theo lịch làm việc năm 2027 (dự kiến): ngày hẹn trả từ 09:00 15/02/2027 thành 09:00 22/02/2027; ' +
        'hạn bước của nhánh insurance từ 10:00 08/02/2027 thành 10:00 15/02/2027; ' +
        'hạn bước của nhánh residence từ 10:00 11/02/2027 thành 10:00 18/02/2027',
    );
    expect(events[0].payload).toMatchObject({
      previousStepDueAt: null,
      newStepDueAt: null,
      branches: [
        {
          branch: 'insurance',
          step: 'issue_card',
          previousStepDueAt: at('2027-02-08T10:00').toISOString(),
          newStepDueAt: at('2027-02-15T10:00').toISOString(),
          previousDueSoonFrom: at('2027-02-05T15:30').toISOString(),
          newDueSoonFrom: at('2027-02-12T15:30').toISOString(),
        },
        expect.objectContaining({
          branch: 'residence',
          step: 'register_residence',
          newStepDueAt: at('2027-02-18T10:00').toISOString(),
        }),
      ],
    });

    const [insurance] = await calendarNotes('bhxh.kv1');
    expect(insurance?.body).toContain('Hạn bước: 10:00 ngày 08/02/2027 → 10:00 ngày 15/02/2027.');
    expect(insurance?.body).toContain('Bước: Cấp mã số bảo hiểm xã hội và thẻ bảo hiểm y tế điện tử cho trẻ');
    const [residence] = await calendarNotes('congan.xa2');
    expect(residence?.body).toContain('Hạn bước: 10:00 ngày 11/02/2027 → 10:00 ngày 18/02/2027.');
    // Not the other police officer (the step is assigned), nor the joined birth branch's owners.
    for (const username of ['congan.xa1', 'tuphap.xa1', 'chutich.xa', 'letan.xa']) {
      expect(await calendarNotes(username)).toEqual([]);
    }
    await stop();
  });

  it('moves a dossier whose only moved instants are its branches’', async () => {
    await boot();
    expect((await view(extended)).appointmentAt).toBe('2027-02-26T17:00:00+07:00');
    expect(await dues(extended)).toEqual({
      birth: '2027-02-04T15:30:00+07:00',
      insurance: '2027-02-15T10:00:00+07:00',
      residence: '2027-02-18T10:00:00+07:00',
    });
    const events = await calendarEvents(extended);
    expect(events).toHaveLength(1);
    expect(events[0].payload).toMatchObject({
      previousDueAt: null,
      newDueAt: null,
      branches: [{ branch: 'insurance' }, { branch: 'residence' }],
    });
    expect(events[0].comment).not.toContain('ngày hẹn trả');
    await stop();
  });

  it('moves nothing on the next start', async () => {
    const stored = () =>
      query<{ version: number; branch: string; step_due_at: Date | null; due_soon_from: Date | null }>(
        `SELECT d.version, b.branch, b.step_due_at, b.due_soon_from FROM dossier d
           JOIN dossier_branch b ON b.dossier_id = d.id WHERE d.code = $1 ORDER BY b.branch`,
        [code],
      );
    const before = await stored();
    await boot();
    expect(await calendarEvents()).toHaveLength(1);
    expect(await stored()).toEqual(before);
    expect((await dues()).residence).toBe('2027-02-18T10:00:00+07:00');
  });

  it('grades the branch hand-over against its moved due instant', async () => {
    clock.set(at('2027-02-18T09:00'));
    await act('congan.xa2', 'register', { branch: 'residence' });
    const history = (await client.get('giamdoc.ttxa', `/dossiers/${code}/history`)).body as Array<
      Record<string, unknown>
    >;
    expect(history.at(-1)).toMatchObject({
      action: 'register',
      stepDueAt: '2027-02-18T10:00:00+07:00',
      timeliness: 'on_time',
    });
  });
});
