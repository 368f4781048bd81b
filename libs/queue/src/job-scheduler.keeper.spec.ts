import { Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { JobSchedulerKeeper } from './job-scheduler.keeper';
import type { Queues } from './queue.tokens';

/** A queue whose schedulers live in a map, as they live in Redis: `flush` empties it. */
function fakeQueue(name: string) {
  const schedulers = new Map<string, unknown>();
  const upserts: string[] = [];
  const queue = {
    name,
    async upsertJobScheduler(id: string, repeat: { every: number }) {
      upserts.push(id);
      schedulers.set(id, { key: id, every: repeat.every });
      return {};
    },
    async getJobScheduler(id: string) {
      return schedulers.get(id);
    },
  };
  return { queue, upserts, flush: () => schedulers.clear() };
}

describe('JobSchedulerKeeper', () => {
  beforeAll(() => jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined));
  afterAll(() => jest.restoreAllMocks());

  function setUp() {
    const deadlines = fakeQueue('deadlines');
    const maintenance = fakeQueue('maintenance');
    const queues = { deadlines: deadlines.queue, maintenance: maintenance.queue } as unknown as Queues;
    return { keeper: new JobSchedulerKeeper(queues), deadlines, maintenance, queues };
  }

  it('upserts again, with the same settings, a scheduler Redis lost', async () => {
    const { keeper, deadlines, queues } = setUp();
    const q = queues['deadlines' as keyof Queues] as Queue;
    await q.upsertJobScheduler('sweep-deadlines', { every: 60_000 }, { name: 'sweep-deadlines' });
    expect(await keeper.check()).toEqual([]);

    deadlines.flush();
    expect(await q.getJobScheduler('sweep-deadlines')).toBeUndefined();
    expect(await keeper.check()).toEqual(['deadlines/sweep-deadlines']);
    expect(await q.getJobScheduler('sweep-deadlines')).toEqual({ key: 'sweep-deadlines', every: 60_000 });
    expect(deadlines.upserts).toEqual(['sweep-deadlines', 'sweep-deadlines']);
  });

  it('leaves alone the schedulers Redis still has, and knows only those the worker made', async () => {
    const { keeper, deadlines, maintenance, queues } = setUp();
    await (queues['maintenance' as keyof Queues] as Queue).upsertJobScheduler('reconcile-intake', {
      every: 30_000,
    });
    deadlines.flush();
    expect(await keeper.check()).toEqual([]);
    expect(maintenance.upserts).toEqual(['reconcile-intake']);
    expect(deadlines.upserts).toEqual([]);
  });
});
