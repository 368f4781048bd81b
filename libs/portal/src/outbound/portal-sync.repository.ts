import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, Not } from 'typeorm';
import { PortalSyncMessageEntity } from './portal-sync-message.entity';

export interface PendingSync {
  dossierId: string;
  seq: number;
  attempts: number;
}

@Injectable()
export class PortalSyncRepository {
  constructor(readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Serializes the delivery of one dossier's messages until `manager`'s transaction ends. */
  async lockDossier(manager: EntityManager, dossierId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('portal-sync'), hashtext($1))`, [dossierId]);
  }

  /**
   * The dossier's first message not yet delivered: the only one that may be sent now; `due` once its retry
   * instant (database time, like every retry instant) has come.
   */
  async firstUndelivered(
    manager: EntityManager,
    dossierId: string,
  ): Promise<{ message: PortalSyncMessageEntity; due: boolean } | null> {
    const message = await manager
      .getRepository(PortalSyncMessageEntity)
      .findOne({ where: { dossierId, status: Not('delivered') }, order: { seq: 'ASC' } });
    if (!message) return null;
    const [{ due }] = (await manager.query(
      'SELECT $1::timestamptz IS NULL OR $1::timestamptz <= clock_timestamp() AS due',
      [message.nextAttemptAt],
    )) as Array<{ due: boolean }>;
    return { message, due };
  }

  async markDelivered(manager: EntityManager, id: string): Promise<void> {
    await manager.query(
      `UPDATE portal_sync_message SET status = 'delivered', delivered_at = clock_timestamp(), last_error = NULL,
         next_attempt_at = NULL WHERE id = $1`,
      [id],
    );
  }

  async markFailed(
    manager: EntityManager,
    id: string,
    failure: { attempts: number; error: string; parked: boolean; retryInMs: number | null },
  ): Promise<void> {
    await manager.query(
      `UPDATE portal_sync_message SET attempts = $2, last_error = $3, status = $4,
         next_attempt_at = clock_timestamp() + make_interval(secs => $5::double precision / 1000)
       WHERE id = $1`,
      [id, failure.attempts, failure.error, failure.parked ? 'parked' : 'pending', failure.retryInMs],
    );
  }

  /** The first pending message of each dossier whose send has been due for more than `graceMs`. */
  async overdue(graceMs: number, limit: number): Promise<PendingSync[]> {
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT ON (dossier_id) dossier_id, seq, attempts FROM portal_sync_message
       WHERE status = 'pending' AND next_attempt_at < clock_timestamp() - make_interval(secs => $1::double precision / 1000)
       ORDER BY dossier_id, seq LIMIT $2`,
      [graceMs, limit],
    )) as Array<{ dossier_id: string; seq: number; attempts: number }>;
    return rows.map((r) => ({ dossierId: r.dossier_id, seq: r.seq, attempts: r.attempts }));
  }

  parked(limit: number): Promise<PortalSyncMessageEntity[]> {
    return this.dataSource
      .getRepository(PortalSyncMessageEntity)
      .find({ where: { status: 'parked' }, order: { createdAt: 'ASC', seq: 'ASC' }, take: limit });
  }

  /** Parked → pending with its attempts reset; null when `id` is not a parked message. */
  async unpark(manager: EntityManager, id: string): Promise<PendingSync | null> {
    const [rows] = (await manager.query(
      `UPDATE portal_sync_message SET status = 'pending', attempts = 0, last_error = NULL,
         next_attempt_at = clock_timestamp()
       WHERE id = $1 AND status = 'parked' RETURNING dossier_id, seq`,
      [id],
    )) as [Array<{ dossier_id: string; seq: number }>, number];
    return rows.length === 1 ? { dossierId: rows[0].dossier_id, seq: rows[0].seq, attempts: 0 } : null;
  }
}
