import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DEFAULT_JOB_OPTIONS, type JobItem } from './job.types';
import { QUEUE_OF } from './queue-names.types';
import { OutboxEntity } from './outbox.entity';
import { notifyRelayOnCommit } from './outbox-notify.sql';

export interface OutboxItem<J extends JobItem = JobItem> {
  job: J;
  jobId: string;
  delayUntil?: Date;
}

export { notifyRelayOnCommit, OUTBOX_CHANNEL } from './outbox-notify.sql';

/** The rows of `items` in order (ids follow it), with parameters numbered from `$from`. */
const insertSql = (from: number): string => {
  const [queue, name, id, payload, delay] = [0, 1, 2, 3, 4].map((i) => `$${from + i}`);
  return `INSERT INTO outbox (queue, job_name, job_id, payload, delay_until)
    SELECT * FROM unnest(${queue}::varchar[], ${name}::varchar[], ${id}::varchar[], ${payload}::jsonb[],
                         ${delay}::timestamptz[])`;
};

const insertParams = (items: OutboxItem[]): unknown[] => [
  items.map((i) => QUEUE_OF[i.job.name]),
  items.map((i) => i.job.name),
  items.map((i) => i.jobId),
  items.map((i) => JSON.stringify(i.job.data)),
  items.map((i) => i.delayUntil ?? null),
];

/** The statement appending `items`, parameters numbered from `$from`: for a caller's own larger statement. */
export const outboxInsert = (items: OutboxItem[], from = 1): { sql: string; params: unknown[] } => ({
  sql: insertSql(from),
  params: insertParams(items),
});

@Injectable()
export class OutboxRepository {
  /** Appends jobs inside the caller's transaction; the relay is woken only if it commits. */
  async append(manager: EntityManager, items: OutboxItem[]): Promise<void> {
    if (items.length === 0) return;
    await manager.query(insertSql(1), insertParams(items));
    await notifyRelayOnCommit(manager);
  }

  /**
   * `append`, in one statement with the caller's own write `first` (an INSERT or UPDATE without RETURNING, its
   * parameters numbered from $1): a state change that writes a row and its jobs pays one round trip for both.
   */
  async appendWith(
    manager: EntityManager,
    items: OutboxItem[],
    first: { sql: string; params: unknown[] },
  ): Promise<void> {
    if (items.length === 0) {
      await manager.query(first.sql, first.params);
      return;
    }
    await manager.query(`WITH first AS (${first.sql}) ${insertSql(first.params.length + 1)}`, [
      ...first.params,
      ...insertParams(items),
    ]);
    await notifyRelayOnCommit(manager);
  }

  /** Claims the oldest unrelayed rows, locking them against another relay until `manager`'s transaction ends. */
  claim(manager: EntityManager, limit: number): Promise<OutboxEntity[]> {
    return manager
      .getRepository(OutboxEntity)
      .createQueryBuilder('o')
      .where('o.relayed_at IS NULL')
      .orderBy('o.id', 'ASC')
      .limit(limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }

  async markRelayed(manager: EntityManager, ids: string[], at: Date): Promise<void> {
    if (ids.length > 0)
      await manager.query('UPDATE outbox SET relayed_at = $2 WHERE id = ANY($1::bigint[])', [ids, at]);
  }

  static readonly jobOptions = DEFAULT_JOB_OPTIONS;
}
