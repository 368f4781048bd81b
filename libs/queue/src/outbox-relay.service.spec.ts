import { Logger } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { type EnvData, ManualClock } from '@motcua/common';
import type { OutboxEntity } from './outbox.entity';
import { OutboxRelayService } from './outbox-relay.service';
import type { OutboxRepository } from './outbox.repository';
import { JobName, QueueName } from './queue-names.types';
import type { Queues } from './queue.config';

const now = new Date('2026-11-23T09:00:00+07:00');

const row = (id: string, over: Partial<OutboxEntity> = {}): OutboxEntity => ({
  id,
  queue: QueueName.Intake,
  jobName: JobName.StartDossier,
  jobId: `intake-${id}`,
  payload: { dossierId: id },
  delayUntil: null,
  createdAt: now,
  relayedAt: null,
  ...over,
});

function relayWith(rows: OutboxEntity[], add: jest.Mock = jest.fn(async () => ({}))) {
  const manager = {} as EntityManager;
  const outbox = {
    claim: jest.fn(async () => rows),
    markRelayed: jest.fn(async () => undefined),
  };
  const queue = { add };
  const relay = new OutboxRelayService(
    { transaction: (work: (m: EntityManager) => Promise<unknown>) => work(manager) } as unknown as DataSource,
    outbox as unknown as OutboxRepository,
    { [QueueName.Intake]: queue, [QueueName.Maintenance]: queue } as unknown as Queues,
    new ManualClock(now),
    {} as EnvData,
  );
  return { relay, outbox, add, manager };
}

describe('OutboxRelayService.relayOnce', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('adds each claimed row under its own job id, with the delay left until delay_until, then marks them', async () => {
    const { relay, outbox, add, manager } = relayWith([
      row('1'),
      row('2', { delayUntil: new Date(now.getTime() + 90_000) }),
      row('3', { delayUntil: new Date(now.getTime() - 5_000) }),
    ]);
    await expect(relay.relayOnce()).resolves.toEqual({ claimed: 3, relayed: 3 });
    expect(outbox.claim).toHaveBeenCalledWith(manager, 200);
    expect(add.mock.calls).toEqual([
      [JobName.StartDossier, { dossierId: '1' }, { jobId: 'intake-1', delay: 0 }],
      [JobName.StartDossier, { dossierId: '2' }, { jobId: 'intake-2', delay: 90_000 }],
      [JobName.StartDossier, { dossierId: '3' }, { jobId: 'intake-3', delay: 0 }],
    ]);
    expect(outbox.markRelayed).toHaveBeenCalledWith(manager, ['1', '2', '3'], now);
  });

  it('leaves for the next round a row whose add failed, and one for a queue this release does not know', async () => {
    const add = jest.fn(async (_name: string, data: { dossierId: string }) => {
      if (data.dossierId === '2') throw new Error('Connection is closed.');
      return {};
    });
    const { relay, outbox, manager } = relayWith(
      [row('1'), row('2'), row('3', { queue: 'from-the-future' })],
      add,
    );
    await expect(relay.relayOnce()).resolves.toEqual({ claimed: 3, relayed: 1 });
    expect(outbox.markRelayed).toHaveBeenCalledWith(manager, ['1'], now);
  });

  it('does nothing when no row waits', async () => {
    const { relay, outbox, add } = relayWith([]);
    await expect(relay.relayOnce()).resolves.toEqual({ claimed: 0, relayed: 0 });
    expect(add).not.toHaveBeenCalled();
    expect(outbox.markRelayed).not.toHaveBeenCalled();
  });
});
