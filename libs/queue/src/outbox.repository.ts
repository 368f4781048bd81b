import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DEFAULT_JOB_OPTIONS, type JobItem } from './job.types';
import { QUEUE_OF } from './queue.names';
import { OutboxEntity } from './outbox.entity';

export interface OutboxItem<J extends JobItem = JobItem> {
  job: J;
  jobId: string;
  delayUntil?: Date;
}

export const OUTBOX_CHANNEL = 'motcua_outbox';

@Injectable()
export class OutboxRepository {
  /** Appends jobs inside the caller's transaction; the NOTIFY is delivered only if it commits. */
  async append(manager: EntityManager, items: OutboxItem[]): Promise<void> {
    if (items.length === 0) return;
    await manager.query(
      `INSERT INTO outbox (queue, job_name, job_id, payload, delay_until)
       SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::jsonb[], $5::timestamptz[])`,
      [
        items.map((i) => QUEUE_OF[i.job.name]),
        items.map((i) => i.job.name),
        items.map((i) => i.jobId),
        items.map((i) => JSON.stringify(i.job.data)),
        items.map((i) => i.delayUntil ?? null),
      ],
    );
    await manager.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
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
