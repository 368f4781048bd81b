import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DossierEntity } from '../dossier.entity';
import type { DossierPatch } from '../dossier.repository';
import type { Flag } from './deadline.rules';

/** The dossier column holding the instant each flag was raised (null: not flagged). */
export const FLAG_COLUMNS = {
  due_soon: { property: 'flagDueSoonAt', column: 'flag_due_soon_at' },
  overdue: { property: 'flagOverdueAt', column: 'flag_overdue_at' },
  step_overdue: { property: 'flagStepOverdueAt', column: 'flag_step_overdue_at' },
  stalled: { property: 'flagStalledAt', column: 'flag_stalled_at' },
} as const satisfies Record<Flag, { property: keyof DossierEntity; column: string }>;

export interface FlagRow {
  id: string;
  flag: Flag;
  subject: string;
  raisedAt: Date;
  clearedAt: Date | null;
}

export interface FlagOwner {
  step: string | null;
  unit: string | null;
  role: string | null;
}

export type DeadlineColumns = Pick<
  DossierPatch,
  | 'dueSoonFrom'
  | 'stallAt'
  | 'apologyReminderAt'
  | 'apologyRemindedAt'
  | 'flagDueSoonAt'
  | 'flagOverdueAt'
  | 'flagStepOverdueAt'
  | 'flagStalledAt'
>;

interface RawFlagRow {
  id: string;
  flag: Flag;
  subject: string;
  raised_at: Date;
  cleared_at: Date | null;
}

const toRow = (r: RawFlagRow): FlagRow => ({
  id: String(r.id),
  flag: r.flag,
  subject: r.subject,
  raisedAt: r.raised_at,
  clearedAt: r.cleared_at,
});

/** `dossier_flag` rows and the deadline columns of `dossier`, always inside the caller's transaction. */
@Injectable()
export class DossierFlagRepository {
  /** The dossier's open flags, and any row (open or cleared) about one of `subjects`. */
  async relevant(manager: EntityManager, dossierId: string, subjects: string[]): Promise<FlagRow[]> {
    const rows = (await manager.query(
      `SELECT id, flag, subject, raised_at, cleared_at FROM dossier_flag
       WHERE dossier_id = $1 AND (cleared_at IS NULL OR subject = ANY($2::varchar[]))`,
      [dossierId, subjects],
    )) as RawFlagRow[];
    return rows.map(toRow);
  }

  /** Inserts the flag unless a row about the same subject exists; returns the row only when it created it. */
  async raise(
    manager: EntityManager,
    dossierId: string,
    flag: Flag,
    subject: string,
    owner: FlagOwner,
    at: Date,
  ): Promise<FlagRow | null> {
    const rows = (await manager.query(
      `INSERT INTO dossier_flag (dossier_id, flag, subject, step, owner_unit, owner_role, raised_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (dossier_id, flag, subject) DO NOTHING
       RETURNING id, flag, subject, raised_at, cleared_at`,
      [dossierId, flag, subject, owner.step, owner.unit, owner.role, at],
    )) as RawFlagRow[];
    return rows.length === 1 ? toRow(rows[0]) : null;
  }

  async find(manager: EntityManager, dossierId: string, flag: Flag, subject: string): Promise<FlagRow> {
    const rows = (await manager.query(
      `SELECT id, flag, subject, raised_at, cleared_at FROM dossier_flag
       WHERE dossier_id = $1 AND flag = $2 AND subject = $3`,
      [dossierId, flag, subject],
    )) as RawFlagRow[];
    return toRow(rows[0]);
  }

  async reopen(manager: EntityManager, ids: string[]): Promise<void> {
    if (ids.length > 0) {
      await manager.query(`UPDATE dossier_flag SET cleared_at = NULL WHERE id = ANY($1::bigint[])`, [ids]);
    }
  }

  async clear(manager: EntityManager, ids: string[], at: Date): Promise<void> {
    if (ids.length > 0) {
      await manager.query(
        `UPDATE dossier_flag SET cleared_at = $2 WHERE id = ANY($1::bigint[]) AND cleared_at IS NULL`,
        [ids, at],
      );
    }
  }

  /** Writes the deadline columns without touching the version: flags are not a state change of the dossier. */
  async saveColumns(manager: EntityManager, dossierId: string, columns: DeadlineColumns): Promise<void> {
    await manager.getRepository(DossierEntity).update({ id: dossierId }, columns);
  }
}
