import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CitizenNoticeEntity } from './citizen-notice.entity';

@Injectable()
export class CitizenNoticeRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Locks a notice until `manager`'s transaction ends: one sender at a time. */
  lock(manager: EntityManager, id: string): Promise<CitizenNoticeEntity | null> {
    return manager
      .getRepository(CitizenNoticeEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async attempted(manager: EntityManager, id: string, at: Date, error: string | null): Promise<void> {
    await manager.query(
      `UPDATE citizen_notice SET attempts = attempts + 1, last_error = $3,
              delivered_at = CASE WHEN $3::text IS NULL THEN $2::timestamptz ELSE delivered_at END
        WHERE id = $1`,
      [id, at, error],
    );
  }

  /** Notices not yet delivered, written before `before` (the sweep's view). */
  async undelivered(before: Date, limit: number): Promise<string[]> {
    const rows = (await this.dataSource.query(
      `SELECT id FROM citizen_notice WHERE delivered_at IS NULL AND created_at < $1 ORDER BY created_at LIMIT $2`,
      [before, limit],
    )) as Array<{ id: string }>;
    return rows.map((r) => r.id);
  }
}
