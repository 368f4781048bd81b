import type { INestApplication } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { ManualClock } from '@motcua/common';
import { DeadlineService, DeadlineSweepService } from '@motcua/dossier';
import { jobId, QueueName } from '@motcua/queue';
import { query } from './support/app';
import { bootE2e, type E2eWithWorker } from './support/boot-e2e';
import { DossierClient } from './support/dossier-client';
import { flushTestQueues, testQueue, waitFor } from './support/worker';

// Sweeps run when a test asks for one, at the time it set on the clock.
process.env.DEADLINE_SWEEP_MS = '3600000';

const at = (local: string): Date => new Date(`${local}+07:00`);
const SUPERVISOR = 'giamdoc.ttxa';

interface DossierRow {
  id: string;
  version: number;
  due_soon_from: Date | null;
  stall_at: Date | null;
  apology_reminder_at: Date | null;
}

interface FlagRow {
  id: string;
  flag: string;
  subject: string;
  raised_at: Date;
  cleared_at: Date | null;
}

describe('deadlines: flags raised at their instants, once', () => {
  const clock = new ManualClock(at('2026-02-13T15:30:00'));
  let e2e: E2eWithWorker | undefined;
  let worker: INestApplication;
  let client: DossierClient;
  let sweeper: DeadlineSweepService;
  let deadlines: DeadlineService;
  let deadlineQueue: Queue;
  let notificationQueue: Queue;

  beforeAll(async () => {
    e2e = await bootE2e({ clock, worker: true });
    ({ worker, client } = e2e);
    sweeper = worker.get(DeadlineSweepService);
    deadlines = worker.get(DeadlineService);
    deadlineQueue = testQueue(QueueName.Deadlines);
    notificationQueue = testQueue(QueueName.Notifications);
  });

  afterAll(async () => {
    await deadlineQueue?.close();
    await notificationQueue?.close();
    await e2e?.close();
  });

  const dossier = async (code: string): Promise<DossierRow> =>
    (await query<DossierRow>('SELECT * FROM dossier WHERE code = $1', [code]))[0];
  const flagRows = async (code: string): Promise<FlagRow[]> =>
    query<FlagRow>(
      `SELECT f.id, f.flag, f.subject, f.raised_at, f.cleared_at FROM dossier_flag f
       JOIN dossier d ON d.id = f.dossier_id WHERE d.code = $1 ORDER BY f.id`,
      [code],
    );
  /** Level-1 escalation outbox rows (the tracker's) per flag row of the dossier. */
  const escalations = async (code: string): Promise<Record<string, number>> => {
    const rows = await query<{ flag_id: string; n: string }>(
      `SELECT o.payload->>'flagId' AS flag_id, count(*) AS n FROM outbox o
       JOIN dossier_flag f ON f.id = (o.payload->>'flagId')::bigint JOIN dossier d ON d.id = f.dossier_id
       WHERE o.job_name = 'escalate' AND o.payload->>'level' = '1' AND d.code = $1 GROUP BY 1`,
      [code],
    );
    return Object.fromEntries(rows.map((r) => [r.flag_id, Number(r.n)]));
  };
  const flagsOf = async (code: string) => (await client.get(SUPERVISOR, `/dossiers/${code}`)).body.flags;
  const listed = async (flag: string): Promise<string[]> => {
    const res = await client.get(SUPERVISOR, `/dossiers?flag=${flag}&limit=100`);
    expect(res.status).toBe(200);
    return (res.body.items as Array<{ code: string }>).map((i) => i.code);
  };
  const sweepAt = async (local: string) => {
    clock.set(at(local));
    const report = await sweeper.sweep();
    expect(report.errors).toBe(0);
    return report;
  };
  const receiveAndStart = async (local: string, n = 1): Promise<string> => {
    clock.set(at(local));
    const res = await client.receive('letan.xa', '2.000908', {}, n);
    expect(res.status).toBe(201);
    await client.started('letan.xa', res.body.code as string);
    return res.body.code as string;
  };
  /** Every outbox row relayed and no job running or waiting: Redis can be flushed without pulling a job mid-run. */
  const quiet = () =>
    waitFor(
      async () => {
        const [{ n }] = await query<{ n: string }>(
          'SELECT count(*) AS n FROM outbox WHERE relayed_at IS NULL',
        );
        const busy = await Promise.all(
          [deadlineQueue, notificationQueue].map((q) =>
            q.getJobCountByTypes('active', 'wait', 'prioritized'),
          ),
        );
        return Number(n) === 0 && busy.every((c) => c === 0);
      },
      { what: 'the queues to be idle' },
    );
  const act = async (username: string, code: string, action: string, body: Record<string, unknown> = {}) => {
    const res = await client.act(username, code, action, body);
    expect(res.status).toBe(200);
    return res.body;
  };

  it('starts a dossier received after the cut-off before Tết on 23 February, and flags it at each instant', async () => {
    const receipt = await client.receive('letan.xa', '2.000908');
    expect(receipt.body).toMatchObject({
      receivedAt: '2026-02-13T15:30:00+07:00',
      clockStartsAt: '2026-02-23T07:30:00+07:00',
      appointmentAt: '2026-02-23T17:00:00+07:00',
    });
    const code = receipt.body.code as string;
    const started = await client.started('letan.xa', code);
    expect(started.step).toMatchObject({ id: 'receive', dueAt: '2026-02-23T09:30:00+07:00' });
    expect(started.flags).toEqual({ dueSoon: null, overdue: null, stepOverdue: null, stalled: null });

    const row = await dossier(code);
    // The step's last quarter (30 of its 120 minutes) comes before the dossier's last two hours.
    expect(row.due_soon_from).toEqual(at('2026-02-23T09:00:00'));
    // Idle from the clock start, not from the intake the Friday before: two working days.
    expect(row.stall_at).toEqual(at('2026-02-24T17:00:00'));
    expect(row.apology_reminder_at).toBeNull();
    const [timer] = await query<{ delay_until: Date; payload: unknown }>(
      `SELECT delay_until, payload FROM outbox WHERE job_id = $1`,
      [jobId('deadline', row.id, row.version)],
    );
    expect(timer).toEqual({
      delay_until: at('2026-02-23T09:00:00'),
      payload: { dossierId: row.id, version: row.version },
    });

    await sweepAt('2026-02-23T08:59:59');
    expect(await flagsOf(code)).toEqual({ dueSoon: null, overdue: null, stepOverdue: null, stalled: null });
    await sweepAt('2026-02-23T09:00:00');
    expect(await flagsOf(code)).toMatchObject({ dueSoon: '2026-02-23T09:00:00+07:00', stepOverdue: null });
    expect(await listed('due_soon')).toContain(code);
    expect(await listed('step_overdue')).not.toContain(code);

    await sweepAt('2026-02-23T09:30:00');
    expect((await flagsOf(code)).stepOverdue).toBeNull();
    await sweepAt('2026-02-23T09:30:01');
    expect((await flagsOf(code)).stepOverdue).toBe('2026-02-23T09:30:01+07:00');
    expect(await listed('step_overdue')).toContain(code);
    expect(await listed('overdue')).not.toContain(code);

    await sweepAt('2026-02-23T17:00:00');
    expect((await flagsOf(code)).overdue).toBeNull();
    await sweepAt('2026-02-23T17:00:01');
    expect(await flagsOf(code)).toEqual({
      dueSoon: '2026-02-23T09:00:00+07:00',
      stepOverdue: '2026-02-23T09:30:01+07:00',
      overdue: '2026-02-23T17:00:01+07:00',
      stalled: null,
    });
    expect(await listed('overdue')).toContain(code);
    expect(await listed('stalled')).not.toContain(code);

    const flags = await flagRows(code);
    expect(flags.map((f) => [f.flag, f.subject, f.cleared_at])).toEqual([
      ['due_soon', '2026-02-23T09:00:00+07:00', null],
      ['step_overdue', 'receive@2026-02-23T07:30:00+07:00', null],
      ['overdue', '2026-02-23T17:00:00+07:00', null],
    ]);
    expect(Object.values(await escalations(code))).toEqual([1, 1, 1]);
    const invalid = await client.get(SUPERVISOR, '/dossiers?flag=late');
    expect(invalid.status).toBe(400);
  });

  it('runs a timer for the current version, drops one for an older version, and chains the next timer', async () => {
    const code = await receiveAndStart('2026-03-02T08:00:00');
    const { id, version } = await dossier(code);
    clock.set(at('2026-03-02T09:30:00')); // the receive step's due soon (08:00 + 90 of 120 minutes)
    await expect(deadlines.check(id, version)).resolves.toMatchObject({
      checked: true,
      flags: ['due_soon'],
      next: new Date(at('2026-03-02T10:00:00').getTime() + 1),
    });
    const next = jobId('deadline', id, version, '20260302100000001');
    expect(await query('SELECT 1 FROM outbox WHERE job_id = $1', [next])).toHaveLength(1);
    await waitFor(async () => (await deadlineQueue.getJobState(next)) === 'delayed', {
      what: `${next} relayed`,
    });

    await act('letan.xa', code, 'forward');
    await expect(deadlines.check(id, version)).resolves.toEqual({
      checked: false,
      reason: 'superseded',
      version: version + 1,
    });
    // Handed over on time: the receive step's due-soon flag is cleared; the appraisal has its own instants.
    expect((await flagsOf(code)).dueSoon).toBeNull();
    expect((await flagRows(code)).map((f) => [f.flag, f.cleared_at])).toEqual([
      ['due_soon', at('2026-03-02T09:30:00')],
    ]);
    await expect(deadlines.check('not-a-dossier', 1)).rejects.toThrow(/not valid/);
  });

  it('flags a dossier stalled after two idle working days; a comment by a unit on its route clears it', async () => {
    const code = await receiveAndStart('2026-03-16T08:00:00', 3);
    expect((await dossier(code)).stall_at).toEqual(at('2026-03-18T08:00:00'));
    await sweepAt('2026-03-18T07:59:59');
    expect((await flagsOf(code)).stalled).toBeNull();
    await sweepAt('2026-03-18T08:00:00');
    expect((await flagsOf(code)).stalled).toBe('2026-03-18T08:00:00+07:00');
    expect(await listed('stalled')).toContain(code);

    const path = `/dossiers/${code}/comments`;
    for (const body of [{}, { text: '' }, { text: 'x'.repeat(4001) }, { text: 'ok', expectedVersion: 1 }]) {
      const bad = await client.post('letan.xa', path, body);
      expect(bad.status).toBe(400);
    }
    // An admin reads the dossier but is not on its route; the province's supervisor does not read it.
    const offRoute = await client.post('quantri', path, { text: 'Đề nghị báo cáo tiến độ' });
    expect(offRoute.status).toBe(403);
    expect(offRoute.body.code).toBe('NOT_ON_ROUTE');
    expect((await client.post('giamdoc.pvhcc', path, { text: 'x' })).status).toBe(404);
    expect((await client.post('kinhte.xa1', path, { text: 'x' })).status).toBe(404);

    const before = await dossier(code);
    clock.set(at('2026-03-18T09:00:00'));
    const res = await client.post('letan.xa', path, {
      text: 'Đã gọi điện cho công dân, hẹn bổ sung bản gốc',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      version: before.version + 1,
      status: 'in_progress',
      step: { id: 'receive' },
    });
    expect(res.body.flags.stalled).toBeNull();
    expect(res.body.flags.overdue).not.toBeNull(); // a comment is no progress against the appointment
    const stalled = (await flagRows(code)).find((f) => f.flag === 'stalled')!;
    expect(stalled.cleared_at).toEqual(at('2026-03-18T09:00:00'));
    expect((await dossier(code)).stall_at).toEqual(at('2026-03-20T09:00:00'));
    const history = (await client.get(SUPERVISOR, `/dossiers/${code}/history`)).body as Array<
      Record<string, unknown>
    >;
    expect(history.at(-1)).toMatchObject({
      action: 'comment',
      version: before.version + 1,
      comment: 'Đã gọi điện cho công dân, hẹn bổ sung bản gốc',
      fromStep: 'receive',
      toStep: 'receive',
      occurredAt: '2026-03-18T09:00:00+07:00',
      actor: { username: 'letan.xa' },
    });

    // Idle again for two working days: a new stall, with its own subject and escalation.
    await sweepAt('2026-03-20T09:00:00');
    expect((await flagsOf(code)).stalled).toBe('2026-03-20T09:00:00+07:00');
    const stalls = (await flagRows(code)).filter((f) => f.flag === 'stalled');
    expect(stalls.map((f) => f.subject)).toEqual(['2026-03-16T08:00:00+07:00', '2026-03-18T09:00:00+07:00']);
    expect(Object.values(await escalations(code)).every((n) => n === 1)).toBe(true);
  });

  it('gives a step re-entered after send-backs only what its earlier visits left, and flags it per visit', async () => {
    const code = await receiveAndStart('2026-03-23T08:00:00', 4);
    await act('letan.xa', code, 'forward'); // appraisal 08:00, 180 minutes
    clock.set(at('2026-03-23T09:00:00'));
    await act('tuphap.xa1', code, 'submit'); // 60 used
    clock.set(at('2026-03-23T09:30:00'));
    const back = await act('chutich.xa', code, 'send_back', { comment: 'Đối chiếu lại sổ gốc' });
    expect(back.step).toMatchObject({ id: 'appraise', dueAt: '2026-03-23T11:30:00+07:00' }); // 120 left
    clock.set(at('2026-03-23T10:30:00'));
    await act('tuphap.xa1', code, 'submit'); // 120 used
    clock.set(at('2026-03-23T11:00:00'));
    const again = await act('chutich.xa', code, 'send_back', { comment: 'Sai năm đăng ký' });
    expect(again.step).toMatchObject({ id: 'appraise', dueAt: '2026-03-23T13:30:00+07:00' }); // 60 left
    await sweepAt('2026-03-23T13:30:01');
    expect((await flagsOf(code)).stepOverdue).toBe('2026-03-23T13:30:01+07:00');
    expect((await flagRows(code)).find((f) => f.flag === 'step_overdue')!.subject).toBe(
      'appraise@2026-03-23T11:00:00+07:00',
    );
  });

  it('restores every flag after Redis lost the timers, none missed and none duplicated', async () => {
    const codes: string[] = [];
    for (let n = 10; n < 14; n++) codes.push(await receiveAndStart('2026-03-30T08:00:00', n));
    const timers = await Promise.all(
      codes.map(async (code) => {
        const { id, version } = await dossier(code);
        return jobId('deadline', id, version);
      }),
    );
    await waitFor(
      async () =>
        (await Promise.all(timers.map((t) => deadlineQueue.getJobState(t)))).every((s) => s === 'delayed'),
      { what: 'the timers to be relayed' },
    );
    await sweepAt('2026-03-30T09:30:00'); // the receive steps' due soon
    for (const code of codes) expect((await flagsOf(code)).dueSoon).toBe('2026-03-30T09:30:00+07:00');

    await quiet();
    await flushTestQueues();
    expect(await deadlineQueue.getJobState(timers[0])).toBe('unknown');

    // Past the steps' and the dossiers' due instants; two sweeps, a timer and a refresh racing on each dossier.
    clock.set(at('2026-03-31T09:00:00'));
    await Promise.all([
      sweeper.sweep(),
      sweeper.sweep(),
      ...codes.map(async (code) => {
        const { id, version } = await dossier(code);
        await Promise.all([deadlines.check(id, version), deadlines.refresh(id)]);
      }),
    ]);
    await sweeper.sweep();
    for (const code of codes) {
      expect(await flagsOf(code)).toEqual({
        dueSoon: '2026-03-30T09:30:00+07:00',
        stepOverdue: expect.any(String),
        overdue: expect.any(String),
        stalled: null,
      });
      const flags = await flagRows(code);
      expect(flags.map((f) => f.flag).sort()).toEqual(['due_soon', 'overdue', 'step_overdue']);
      const escalated = await escalations(code);
      expect(Object.keys(escalated).sort()).toEqual(flags.map((f) => String(f.id)).sort());
      expect(Object.values(escalated)).toEqual([1, 1, 1]);
    }
    // The next instant of each dossier (its stall, Wednesday 08:00) has a timer again.
    const { id, version } = await dossier(codes[0]);
    const next = jobId('deadline', id, version, '20260401080000');
    await waitFor(async () => (await deadlineQueue.getJobState(next)) === 'delayed', {
      what: `${next} relayed`,
    });
  });

  it('never flags a paused dossier; after the supplement its clocks and flags resume from the new instants', async () => {
    const code = await receiveAndStart('2026-04-06T08:00:00', 20);
    clock.set(at('2026-04-06T08:30:00'));
    await act('letan.xa', code, 'forward'); // appraisal 08:30–11:30, due soon at 10:45
    await sweepAt('2026-04-06T10:45:00');
    expect((await flagsOf(code)).dueSoon).toBe('2026-04-06T10:45:00+07:00');

    clock.set(at('2026-04-06T11:00:00'));
    const paused = await act('tuphap.xa1', code, 'request_supplement', {
      reason: 'Thiếu tờ khai có chữ ký',
      missingItems: ['Tờ khai có chữ ký của người yêu cầu'],
    });
    expect(paused.flags).toEqual({ dueSoon: null, overdue: null, stepOverdue: null, stalled: null });
    expect((await flagRows(code))[0].cleared_at).toEqual(at('2026-04-06T11:00:00'));
    expect(await dossier(code)).toMatchObject({
      due_soon_from: null,
      stall_at: null,
      apology_reminder_at: null,
    });

    for (const local of ['2026-04-06T17:00:01', '2026-04-20T08:00:00', '2026-06-30T16:00:00']) {
      await sweepAt(local);
      const { id, version } = await dossier(code);
      await deadlines.check(id, version);
      expect(await flagsOf(code)).toEqual({ dueSoon: null, overdue: null, stepOverdue: null, stalled: null });
    }
    for (const flag of ['due_soon', 'overdue', 'step_overdue', 'stalled'])
      expect(await listed(flag)).not.toContain(code);
    expect((await flagRows(code)).filter((f) => f.cleared_at === null)).toEqual([]);

    clock.set(at('2026-07-01T09:00:00'));
    const resumed = await act('letan.xa', code, 'supplement_received');
    expect(resumed).toMatchObject({
      clockStartedAt: '2026-07-01T09:00:00+07:00',
      appointmentAt: '2026-07-02T09:00:00+07:00',
      step: { id: 'appraise', dueAt: '2026-07-01T13:30:00+07:00' },
      flags: { dueSoon: null, overdue: null, stepOverdue: null, stalled: null },
    });
    expect((await dossier(code)).due_soon_from).toEqual(at('2026-07-01T11:15:00'));
    await sweepAt('2026-07-01T11:14:59');
    expect((await flagsOf(code)).dueSoon).toBeNull();
    await sweepAt('2026-07-01T11:15:00');
    expect((await flagsOf(code)).dueSoon).toBe('2026-07-01T11:15:00+07:00');
    await sweepAt('2026-07-01T13:30:01');
    expect((await flagsOf(code)).stepOverdue).toBe('2026-07-01T13:30:01+07:00');
    expect((await flagRows(code)).map((f) => [f.flag, f.subject, f.cleared_at === null])).toEqual([
      ['due_soon', '2026-04-06T10:45:00+07:00', false],
      ['due_soon', '2026-07-01T11:15:00+07:00', true],
      ['step_overdue', 'appraise@2026-07-01T09:00:00+07:00', true],
    ]);
    expect(Object.values(await escalations(code))).toEqual([1, 1, 1]);
  });
});
