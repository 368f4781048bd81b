import { Logger } from '@nestjs/common';
import { mapEnvironment, validateEnvironment } from '@motcua/common';
import { JobName, QUEUE_OF, QueueName, type Queues } from '@motcua/queue';
import { PERIODIC_JOBS } from './periodic-jobs.config';
import { PeriodicJobsService } from './periodic-jobs.service';

/** A queue whose schedulers live in a map, as they live in Redis: `flush` empties it. */
function fakeQueue() {
  const schedulers = new Map<string, unknown>();
  const upserts: string[] = [];
  const queue = {
    async upsertJobScheduler(id: string, repeat: { every: number }) {
      upserts.push(id);
      schedulers.set(id, { key: id, every: repeat.every });
      return {};
    },
    async getJobScheduler(id: string) {
      return schedulers.get(id);
    },
  };
  return { queue, upserts, schedulers, flush: () => schedulers.clear() };
}

describe('PERIODIC_JOBS', () => {
  it('adds each job to its own queue', () => {
    for (const job of PERIODIC_JOBS) expect(job.queue).toBe(QUEUE_OF[job.name]);
  });
});

describe('PeriodicJobsService', () => {
  beforeAll(() => jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined));
  afterAll(() => jest.restoreAllMocks());

  function setUp(env: Record<string, string> = {}) {
    const fakes = Object.fromEntries(Object.values(QueueName).map((name) => [name, fakeQueue()]));
    const queues = Object.fromEntries(
      Object.entries(fakes).map(([name, fake]) => [name, fake.queue]),
    ) as unknown as Queues;
    const config = mapEnvironment(
      validateEnvironment({
        NODE_ENV: 'test',
        DATABASE_URL: 'postgres://u@127.0.0.1/m',
        REDIS_URL: 'redis://127.0.0.1',
        ...env,
      }),
    );
    return { service: new PeriodicJobsService(queues, config), fakes };
  }

  it('upserts every job at its configured period, and again only what Redis lost', async () => {
    const { service, fakes } = setUp({ DEADLINE_SWEEP_MS: '1000' });
    expect(await service.check()).toEqual([
      'deadlines/sweep-deadlines',
      'maintenance/reconcile-intake',
      'maintenance/ensure-partitions',
      'portal-sync/sweep-portal-sync',
    ]);
    expect(fakes[QueueName.Deadlines].schedulers.get(JobName.SweepDeadlines)).toEqual({
      key: JobName.SweepDeadlines,
      every: 1000,
    });
    expect(fakes[QueueName.Maintenance].schedulers.get(JobName.ReconcileIntake)).toEqual({
      key: JobName.ReconcileIntake,
      every: 30_000,
    });
    expect(await service.check()).toEqual([]);

    fakes[QueueName.Deadlines].flush();
    expect(await service.check()).toEqual(['deadlines/sweep-deadlines']);
    expect(fakes[QueueName.Deadlines].upserts).toEqual([JobName.SweepDeadlines, JobName.SweepDeadlines]);
    expect(fakes[QueueName.Maintenance].upserts).toEqual([JobName.ReconcileIntake, JobName.EnsurePartitions]);
  });

  it('refuses a period that is not a whole number of milliseconds', () => {
    expect(() => setUp({ INTAKE_RECONCILE_MS: '30s' })).toThrow(/INTAKE_RECONCILE_MS/);
  });
});
