import { PERIODIC_JOBS } from '../../apps/worker/src/periodic-jobs.config';
import { FaultRun } from './support/fault-run';
import { faultsQueueBackend, type PrivateRedis, startPrivateRedis } from './support/private-servers';
import { dossiers } from './support/scale';
import { judge } from './support/verdict';

// With FAULTS_QUEUE_BACKEND=postgres there is no Redis to flush: the jobs are rows of the database.
(faultsQueueBackend() === 'redis' ? describe : describe.skip)(
  'FLUSHALL on Redis in the middle of a run',
  () => {
    let run: FaultRun | undefined;
    afterAll(() => run?.stop());

    it('rebuilds every lost job from PostgreSQL and sends nothing twice', async () => {
      let redis!: PrivateRedis;
      run = await FaultRun.start('flush', { redis: async () => (redis = await startPrivateRedis()) });
      const world = run;
      let schedulers: string[] = [];
      const drive = await world.drive({
        ...dossiers(2000),
        faultAt: 0.4,
        fault: async () => {
          schedulers = redis.jobSchedulers();
          await redis.flush();
        },
      });
      const verdict = await judge(world, drive);
      console.log(JSON.stringify({ scenario: 'flush', aged: drive.aged.length, ...verdict }, null, 2));

      expect(verdict.problems).toEqual([]);
      // The sweeps that rebuilt what the flush lost are scheduled again, every one of the worker's periodic jobs
      // (the three sweeps and the partitions kept ahead).
      expect(schedulers).toEqual(PERIODIC_JOBS.map((job) => `${job.queue}/${job.name}`).sort());
      expect(schedulers).toContain('maintenance/reconcile-intake');
      expect(redis.jobSchedulers()).toEqual(schedulers);
      expect(drive.aged.length).toBeGreaterThan(0);
      expect(verdict.openFlags).toBeGreaterThanOrEqual(drive.aged.length);
      // Nothing died mid-send: PostgreSQL still says what was delivered, so the rebuilt jobs send nothing again.
      expect(verdict.resent).toEqual({ portal: { messages: 0, dossiers: 0, mostReceipts: 1 }, webhook: 0 });
    });
  },
);
