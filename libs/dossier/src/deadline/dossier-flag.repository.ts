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
  dossier_id?: string;
  flag: Flag;
  subject: string;
  raised_at: Date;
  cleared_at: Date | null;
}

/** A flag row with the dossier it belongs to, as the batch operations return them. */
export interface DossierFlagRow extends FlagRow {
  dossierId: string;
}

export interface FlagToRaise {
  dossierId: string;
  flag: Flag;
  subject: string;
  owner: FlagOwner;
}

const toDossierRow = (r: RawFlagRow): DossierFlagRow => ({ ...toRow(r), dossierId: r.dossier_id! });

const toRow = (r: RawFlagRow): FlagRow => ({
  id: String(r.id),
  flag: r.flag,
  subject: r.subject,
  raisedAt: r.raised_at,
  clearedAt: r.cleared_at,
});

/** The dossier's own flags: a fork's branch flags (subject `branch:…`) are raised and cleared by BranchFlagRepository. */
export const OWN_FLAGS = `subject NOT LIKE 'branch:%'`;

/** `dossier_flag` rows and the deadline columns of `dossier`, always inside the caller's transaction. */
@Injectable()
export class DossierFlagRepository {
  /** The dossier's open flags, and any row (open or cleared) about one of `subjects`. */
  async relevant(manager: EntityManager, dossierId: string, subjects: string[]): Promise<FlagRow[]> {
    const rows = (await manager.query(
      `SELECT id, flag, subject, raised_at, cleared_at FROM dossier_flag
       WHERE dossier_id = $1 AND (cleared_at IS NULL OR subject = ANY($2::varchar[])) AND ${OWN_FLAGS}`,
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

  /** `relevant` for many dossiers at once: their open flags and any row about one of the subjects asked. */
  async relevantMany(
    manager: EntityManager,
    dossierIds: string[],
    subjects: string[],
  ): Promise<DossierFlagRow[]> {
    if (dossierIds.length === 0) return [];
    const rows = (await manager.query(
      `SELECT id, dossier_id, flag, subject, raised_at, cleared_at FROM dossier_flag
       WHERE dossier_id = ANY($1::uuid[]) AND (cleared_at IS NULL OR subject = ANY($2::varchar[]))
         AND ${OWN_FLAGS}`,
      [dossierIds, subjects],
    )) as RawFlagRow[];
    return rows.map(toDossierRow);
  }

  /** `raise` for many flags in one statement: returns the rows it created (not those that existed). */
  async raiseMany(manager: EntityManager, flags: FlagToRaise[], at: Date): Promise<DossierFlagRow[]> {
    if (flags.length === 0) return [];
    const rows = (await manager.query(
      `INSERT INTO dossier_flag (dossier_id, flag, subject, step, owner_unit, owner_role, raised_at)
       SELECT d, f, s, st, u, r, $7 FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::varchar[],
                                               $5::varchar[], $6::varchar[]) AS t(d, f, s, st, u, r)
       ON CONFLICT (dossier_id, flag, subject) DO NOTHING
       RETURNING id, dossier_id, flag, subject, raised_at, cleared_at`,
      [
        flags.map((f) => f.dossierId),
        flags.map((f) => f.flag),
        flags.map((f) => f.subject),
        flags.map((f) => f.owner.step),
        flags.map((f) => f.owner.unit),
        flags.map((f) => f.owner.role),
        at,
      ],
    )) as RawFlagRow[];
    return rows.map(toDossierRow);
  }

  /** The rows about exactly these (dossier, flag, subject). */
  async findMany(
    manager: EntityManager,
    keys: Array<Pick<FlagToRaise, 'dossierId' | 'flag' | 'subject'>>,
  ): Promise<DossierFlagRow[]> {
    if (keys.length === 0) return [];
    const rows = (await manager.query(
      `SELECT f.id, f.dossier_id, f.flag, f.subject, f.raised_at, f.cleared_at
         FROM unnest($1::uuid[], $2::varchar[], $3::varchar[]) AS k(d, f, s)
         JOIN dossier_flag f ON f.dossier_id = k.d AND f.flag = k.f AND f.subject = k.s`,
      [keys.map((k) => k.dossierId), keys.map((k) => k.flag), keys.map((k) => k.subject)],
    )) as RawFlagRow[];
    return rows.map(toDossierRow);
  }

  /** `saveColumns` for many dossiers in one UPDATE; the version is left alone as well. */
  async saveColumnsMany(
    manager: EntityManager,
    rows: Array<{ dossierId: string; columns: Required<DeadlineColumns> }>,
  ): Promise<void> {
    if (rows.length === 0) return;
    const column = (key: keyof DeadlineColumns) => rows.map((r) => r.columns[key] ?? null);
    await manager.query(
      `UPDATE dossier d SET due_soon_from = v.due_soon_from, stall_at = v.stall_at,
              apology_reminder_at = v.apology_reminder_at, apology_reminded_at = v.apology_reminded_at,
              flag_due_soon_at = v.flag_due_soon_at, flag_overdue_at = v.flag_overdue_at,
              flag_step_overdue_at = v.flag_step_overdue_at, flag_stalled_at = v.flag_stalled_at
         FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[], $4::timestamptz[], $5::timestamptz[],
                     $6::timestamptz[], $7::timestamptz[], $8::timestamptz[], $9::timestamptz[])
              AS v(id, due_soon_from, stall_at, apology_reminder_at, apology_reminded_at, flag_due_soon_at,
                   flag_overdue_at, flag_step_overdue_at, flag_stalled_at)
        WHERE d.id = v.id`,
      [
        rows.map((r) => r.dossierId),
        column('dueSoonFrom'),
        column('stallAt'),
        column('apologyReminderAt'),
        column('apologyRemindedAt'),
        column('flagDueSoonAt'),
        column('flagOverdueAt'),
        column('flagStepOverdueAt'),
        column('flagStalledAt'),
      ],
    );
  }
}
