import type { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner } from 'typeorm';
import { notifyRelayOnCommit, OUTBOX_CHANNEL } from './outbox-notify.sql';

type Hooks = Required<Pick<EntitySubscriberInterface, 'afterTransactionCommit' | 'afterTransactionRollback'>>;

function fakeDataSource() {
  const sent: unknown[][] = [];
  const pending: Array<() => void> = [];
  const dataSource = {
    isInitialized: true,
    subscribers: [] as EntitySubscriberInterface[],
    query: jest.fn(
      (_sql: string, params: unknown[]) =>
        new Promise<void>((resolve) => {
          sent.push(params);
          pending.push(resolve);
        }),
    ),
  };
  const settle = async () => {
    while (pending.length > 0) {
      pending.shift()!();
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  return { dataSource, sent, settle };
}

function transaction(dataSource: unknown) {
  const runner = { isTransactionActive: true, data: {} } as unknown as QueryRunner;
  const manager = { queryRunner: runner, dataSource, query: jest.fn() } as unknown as EntityManager;
  const end = (hook: keyof Hooks) => {
    (runner as { isTransactionActive: boolean }).isTransactionActive = false;
    for (const s of (dataSource as { subscribers: Hooks[] }).subscribers)
      s[hook]({ queryRunner: runner } as never);
  };
  return {
    manager,
    commit: () => end('afterTransactionCommit'),
    rollback: () => end('afterTransactionRollback'),
  };
}

describe('notifyRelayOnCommit', () => {
  it('notifies at once outside a transaction, one more for those that come while it is in flight', async () => {
    const { dataSource, sent, settle } = fakeDataSource();
    const alone = { queryRunner: undefined, dataSource } as unknown as EntityManager;
    await notifyRelayOnCommit(alone);
    expect(dataSource.query).toHaveBeenCalledWith(expect.stringContaining('pg_notify'), [OUTBOX_CHANNEL]);
    await notifyRelayOnCommit(alone);
    await notifyRelayOnCommit(alone);
    expect(sent).toEqual([[OUTBOX_CHANNEL]]);
    await settle();
    expect(sent).toEqual([[OUTBOX_CHANNEL], [OUTBOX_CHANNEL]]);
  });

  it('notifies once the transaction commits, not before, and not after a rollback', async () => {
    const { dataSource, sent, settle } = fakeDataSource();
    const committed = transaction(dataSource);
    await notifyRelayOnCommit(committed.manager);
    await notifyRelayOnCommit(committed.manager);
    expect(sent).toEqual([]);
    committed.commit();
    await settle();
    expect(sent).toEqual([[OUTBOX_CHANNEL]]);

    const rolledBack = transaction(dataSource);
    await notifyRelayOnCommit(rolledBack.manager);
    rolledBack.rollback();
    await settle();
    expect(sent).toHaveLength(1);
    expect(dataSource.subscribers).toHaveLength(1);
  });

  it('coalesces commits that come while a notification is in flight into one more', async () => {
    const { dataSource, sent, settle } = fakeDataSource();
    const writers = [1, 2, 3].map(() => transaction(dataSource as unknown as DataSource));
    for (const w of writers) await notifyRelayOnCommit(w.manager);
    for (const w of writers) w.commit();
    expect(sent).toHaveLength(1);
    await settle();
    expect(sent).toHaveLength(2);
  });
});
