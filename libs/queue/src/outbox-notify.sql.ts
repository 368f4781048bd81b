import type { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner } from 'typeorm';

export const OUTBOX_CHANNEL = 'motcua_outbox';

const DUE = 'motcuaOutboxNotify';

/**
 * Wakes the outbox relay once a transaction that appended rows has committed. A NOTIFY inside the writer's
 * transaction would arrive at the same moment, but PostgreSQL serializes the commits of all transactions that
 * notified (each holds one lock through its own WAL flush), which cut concurrent writers to a fifth. Sent after
 * the commit instead, notifications are coalesced: one in flight per data source, and one more when it returns
 * if commits came meanwhile. One lost to a crash between the commit and the send costs the relay's poll: a second.
 */
class OutboxNotifier implements EntitySubscriberInterface {
  private sending = false;
  private again = false;

  constructor(private readonly dataSource: DataSource) {}

  afterTransactionCommit({ queryRunner }: { queryRunner: QueryRunner }): void {
    // A released savepoint is not the commit.
    if (queryRunner.isTransactionActive || !queryRunner.data?.[DUE]) return;
    delete queryRunner.data[DUE];
    this.wake();
  }

  afterTransactionRollback({ queryRunner }: { queryRunner: QueryRunner }): void {
    if (!queryRunner.isTransactionActive && queryRunner.data) delete queryRunner.data[DUE];
  }

  wake(): void {
    if (this.sending) {
      this.again = true;
      return;
    }
    this.sending = true;
    this.dataSource
      .query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL])
      // Closed or unreachable: the relay's poll finds the rows.
      .catch(() => undefined)
      .finally(() => {
        this.sending = false;
        if (this.again && this.dataSource.isInitialized) {
          this.again = false;
          this.wake();
        }
      });
  }
}

const notifiers = new WeakMap<DataSource, OutboxNotifier>();

/**
 * Has the relay woken when `manager`'s transaction commits (not at all if it rolls back); outside a transaction,
 * at once (coalesced with the notifications in flight).
 */
export async function notifyRelayOnCommit(manager: EntityManager): Promise<void> {
  const { dataSource } = manager;
  let notifier = notifiers.get(dataSource);
  if (!notifier) {
    notifier = new OutboxNotifier(dataSource);
    notifiers.set(dataSource, notifier);
    dataSource.subscribers.push(notifier);
  }
  const runner = manager.queryRunner;
  // A statement on its own has committed when it returns.
  if (!runner?.isTransactionActive) notifier.wake();
  else runner.data = { ...runner.data, [DUE]: true };
  return Promise.resolve();
}
