import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { Queue } from 'bullmq';
import request from 'supertest';
import { loadCatalog } from '@motcua/catalog';
import { IntakeService, stepDue, statutoryClock } from '@motcua/dossier';
import { IntakeProcessor } from '../apps/worker/src/intake.processor';
import { jobId, JobName, QueueName } from '@motcua/queue';
import { query, resetDatabase } from './support/app';
import {
  type AcceptedDossier,
  appendStartOutboxRow,
  flushTestQueues,
  insertAcceptedDossier,
  spawnWorker,
  type SpawnedWorker,
  testQueue,
  waitFor,
} from './support/worker';
import { startWorker } from './support/app';

// The sweep runs often here, so that a lost job is found within the test's patience.
process.env.INTAKE_RECONCILE_MS = '300';
jest.setTimeout(60_000);

interface DossierRow {
  status: string;
  step: string | null;
  step_owner_unit: string | null;
  step_owner_role: string | null;
  version: number;
  clock_started_at: Date | null;
  due_at: Date | null;
  step_started_at: Date | null;
  step_due_at: Date | null;
}

const dossierRow = async (id: string): Promise<DossierRow> =>
  (await query<DossierRow>('SELECT * FROM dossier WHERE id = $1', [id]))[0];

const events = (id: string) =>
  query<{
    version: number;
    action: string;
    from_status: string | null;
    to_status: string;
    to_step: string | null;
    actor_id: string | null;
    step_started_at: Date | null;
    step_due_at: Date | null;
  }>('SELECT * FROM dossier_event WHERE dossier_id = $1 ORDER BY version', [id]);

const started = (id: string, what = 'the dossier to start') =>
  waitFor(
    async () => {
      const row = await dossierRow(id);
      return row.status !== 'accepted' && row;
    },
    { what },
  );

const unrelayed = async (id: string) =>
  Number(
    (
      await query<{ n: string }>(
        `SELECT count(*) AS n FROM outbox WHERE job_id = $1 AND relayed_at IS NULL`,
        [jobId('intake', id)],
      )
    )[0].n,
  );

describe('intake: the worker starts accepted dossiers', () => {
  let worker: INestApplication | undefined;
  const spawned: SpawnedWorker[] = [];
  let intake: Queue;

  beforeAll(async () => {
    await resetDatabase();
    await flushTestQueues();
    intake = testQueue(QueueName.Intake);
    // A first boot records the procedure revisions the fixtures refer to.
    await (await startWorker()).close();
  });

  afterEach(async () => {
    await worker?.close();
    worker = undefined;
    for (const w of spawned.splice(0))
      if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
  });

  afterAll(async () => {
    await intake.close();
  });

  it('starts INTAKE_CONCURRENCY dossiers at once (8 unless set), and all of them', async () => {
    worker = await startWorker();
    expect(worker.get(IntakeProcessor).worker.concurrency).toBe(8);
    const dossiers = await Promise.all(Array.from({ length: 12 }, () => insertAcceptedDossier('2.000908')));
    for (const d of dossiers) await appendStartOutboxRow(d.id);
    for (const d of dossiers) expect(await started(d.id)).toMatchObject({ status: 'in_progress' });
    for (const d of dossiers)
      expect((await events(d.id)).map((e) => e.action)).toEqual(['receive', 'intake']);
  });

  it('starts a dossier committed before the worker came up: first step, statutory and step deadlines, intake event', async () => {
    const dossier = await insertAcceptedDossier('2.000908');
    worker = await startWorker();

    const row = await started(dossier.id);
    const { catalog } = loadCatalog('workflows');
    const definition = dossier.definition;
    const first = definition.steps[0];
    const clock = statutoryClock(
      catalog!.calendar,
      definition,
      catalog!.org.center.cutoff,
      dossier.acceptedAt,
    );
    const stepDueAt = stepDue(catalog!.calendar, first, clock.clockStartedAt);
    expect(row).toMatchObject({
      status: 'in_progress',
      step: 'receive',
      step_owner_unit: 'mot-cua-xa',
      step_owner_role: 'reception',
      version: 2,
      clock_started_at: clock.clockStartedAt,
      due_at: clock.dueAt,
      step_started_at: clock.clockStartedAt,
      step_due_at: stepDueAt,
    });
    expect(await events(dossier.id)).toMatchObject([
      { version: 1, action: 'receive', to_status: 'accepted' },
      {
        version: 2,
        action: 'intake',
        from_status: 'accepted',
        to_status: 'in_progress',
        to_step: 'receive',
        actor_id: null,
        step_started_at: clock.clockStartedAt,
        step_due_at: stepDueAt,
      },
    ]);
    expect(await unrelayed(dossier.id)).toBe(0);
    await request(worker.getHttpServer()).get('/health').expect(200);
  });

  it('writes one intake event however often the start job is added or run', async () => {
    const dossier = await insertAcceptedDossier();
    const id = jobId('intake', dossier.id);
    await appendStartOutboxRow(dossier.id);
    await intake.add(JobName.StartDossier, { dossierId: dossier.id }, { jobId: id });
    await intake.add(JobName.StartDossier, { dossierId: dossier.id }, { jobId: id });
    worker = await startWorker();

    await started(dossier.id);
    await waitFor(async () => (await unrelayed(dossier.id)) === 0, {
      what: 'both outbox rows to be relayed',
    });
    await waitFor(async () => (await intake.getJobState(id)) === 'completed', {
      what: 'the job to complete',
    });

    // The same job run again once its id is free: nothing to do.
    await intake.remove(id);
    const again = await intake.add(JobName.StartDossier, { dossierId: dossier.id }, { jobId: id });
    await waitFor(async () => (await again.getState()) === 'completed', { what: 'the second run' });
    expect((await intake.getJob(id))?.returnvalue).toEqual({ started: false, status: 'in_progress' });

    expect((await events(dossier.id)).map((e) => [e.version, e.action])).toEqual([
      [1, 'receive'],
      [2, 'intake'],
    ]);
    expect((await dossierRow(dossier.id)).version).toBe(2);
  });

  it('lets exactly one of concurrent starts of the same dossier write', async () => {
    worker = await startWorker();
    const dossier = await insertAcceptedDossier('2.000908', { outbox: false });
    const service = worker.get(IntakeService);

    const outcomes = await Promise.all([1, 2, 3].map(() => service.start(dossier.id)));

    expect(outcomes.filter((o) => o.started)).toHaveLength(1);
    expect((await events(dossier.id)).map((e) => e.action)).toEqual(['receive', 'intake']);
  });

  it('fails a start job for a dossier that does not exist at once, without retries', async () => {
    worker = await startWorker();
    const missing = randomUUID();
    const job = await intake.add(
      JobName.StartDossier,
      { dossierId: missing },
      { jobId: jobId('intake', missing) },
    );
    const malformed = await intake.add(
      JobName.StartDossier,
      { dossierId: 'not-a-dossier' },
      { jobId: 'intake-malformed' },
    );

    for (const added of [job, malformed]) {
      await waitFor(async () => (await added.getState()) === 'failed', { what: `job ${added.id} to fail` });
      const failed = (await intake.getJob(added.id!))!;
      expect(failed.opts.attempts).toBe(8);
      expect(failed.attemptsMade).toBe(1);
    }
    expect((await intake.getJob(job.id!))!.failedReason).toBe(`dossier ${missing} does not exist`);
    expect((await intake.getJob(malformed.id!))!.failedReason).toMatch(/is not a dossier id/);
  });

  describe('a worker process killed after the commit and before the job ran', () => {
    const settle = async (dossier: AcceptedDossier) => {
      const b = await spawnWorker();
      spawned.push(b);
      const row = await started(dossier.id, 'the new worker to start the dossier');
      expect(row).toMatchObject({ status: 'in_progress', version: 2 });
      expect((await events(dossier.id)).map((e) => e.action)).toEqual(['receive', 'intake']);
      // SIGTERM: the hooks run (relay, workers, connections closed), then Nest re-raises the signal.
      b.child.kill('SIGTERM');
      expect(await b.exited).toEqual({ code: null, signal: 'SIGTERM' });
    };

    it('before it relayed the outbox row: the next worker relays it', async () => {
      const a = await spawnWorker();
      spawned.push(a);
      a.child.kill('SIGSTOP');
      const dossier = await insertAcceptedDossier();
      a.child.kill('SIGKILL');
      await a.exited;
      expect(await unrelayed(dossier.id)).toBe(1);

      await settle(dossier);
      expect(await unrelayed(dossier.id)).toBe(0);
    });

    it('after it relayed, with the job then lost from Redis: the reconciliation sweep adds it again', async () => {
      const a = await spawnWorker();
      spawned.push(a);
      await intake.pause();
      const dossier = await insertAcceptedDossier();
      const id = jobId('intake', dossier.id);
      await waitFor(async () => (await unrelayed(dossier.id)) === 0, { what: 'the relay' });
      expect(await intake.getJobState(id)).not.toBe('unknown');
      a.child.kill('SIGKILL');
      await a.exited;
      await flushTestQueues();
      expect(await intake.getJobState(id)).toBe('unknown');
      expect((await dossierRow(dossier.id)).status).toBe('accepted');

      await settle(dossier);
      expect(await intake.getJobState(id)).toBe('completed');
    });
  });
});
