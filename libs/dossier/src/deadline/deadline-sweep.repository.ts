import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { DossierEntity } from '../dossier.entity';

// The predicate of the partial indexes `dossier_sweep_*_idx` (Deadlines migration), written the same way so that
// the planner uses them.
const RUNNING = `paused_at IS NULL AND status IN ('in_progress', 'result_ready')`;

/** Each instant the sweep looks for, with the index it reads: passed, and its flag (or reminder) not recorded. */
export const SWEEP_KINDS = {
  overdue: { column: 'due_at', passed: '<', open: 'flag_overdue_at IS NULL' },
  // A step visit with no working time has no step flag (`timedStep`): not even a candidate.
  step_overdue: {
    column: 'step_due_at',
    passed: '<',
    open: 'flag_step_overdue_at IS NULL AND step_due_at > step_started_at',
  },
  due_soon: { column: 'due_soon_from', passed: '<=', open: 'flag_due_soon_at IS NULL' },
  stalled: { column: 'stall_at', passed: '<=', open: 'flag_stalled_at IS NULL' },
  apology: { column: 'apology_reminder_at', passed: '<=', open: 'apology_reminded_at IS NULL' },
} as const;
export type SweepKind = keyof typeof SWEEP_KINDS;

export interface SweepCursor {
  id: string;
  at: Date;
}

/**
 * The columns the tracker, the sweep and the re-projection's planning read, by property: a dossier row without its
 * applicant, documents or machine state, which none of them looks at.
 */
const DEADLINE_COLUMNS = {
  id: 'id',
  code: 'code',
  version: 'version',
  procedureVersionId: 'procedure_version_id',
  status: 'status',
  pausedAt: 'paused_at',
  step: 'step',
  stepOwnerUnit: 'step_owner_unit',
  stepOwnerRole: 'step_owner_role',
  clockStartedAt: 'clock_started_at',
  dueAt: 'due_at',
  extendedAt: 'extended_at',
  limitExtensions: 'limit_extensions',
  stepStartedAt: 'step_started_at',
  stepDueAt: 'step_due_at',
  stepConsumed: 'step_consumed',
  lastActivityAt: 'last_activity_at',
  dueSoonFrom: 'due_soon_from',
  stallAt: 'stall_at',
  apologyReminderAt: 'apology_reminder_at',
  apologyRemindedAt: 'apology_reminded_at',
  flagDueSoonAt: 'flag_due_soon_at',
  flagOverdueAt: 'flag_overdue_at',
  flagStepOverdueAt: 'flag_step_overdue_at',
  flagStalledAt: 'flag_stalled_at',
} as const satisfies Partial<Record<keyof DossierEntity, string>>;

export type DeadlineRow = Pick<DossierEntity, keyof typeof DEADLINE_COLUMNS>;

const SELECT_DEADLINE_ROW = Object.entries(DEADLINE_COLUMNS)
  .map(([property, column]) => `${column} AS "${property}"`)
  .join(', ');

const ZERO_UUID = '00000000-0000-0000-0000-000000000000';

@Injectable()
export class DeadlineSweepRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Running dossiers whose `kind` instant passed before `now` unrecorded, by that instant, after the cursor. */
  async passed(kind: SweepKind, now: Date, limit: number, after?: SweepCursor): Promise<SweepCursor[]> {
    const { column, passed, open } = SWEEP_KINDS[kind];
    const rows = (await this.dataSource.query(
      `SELECT id, ${column} AS at FROM dossier
       WHERE ${open} AND ${RUNNING} AND ${column} ${passed} $1
         AND (${column}, id) > ($2::timestamptz, $3::uuid)
       ORDER BY ${column}, id LIMIT $4`,
      [now, after?.at ?? '-infinity', after?.id ?? ZERO_UUID, limit],
    )) as Array<{ id: string; at: Date }>;
    return rows;
  }

  /**
   * Flagged dossiers whose stored instants say a flag should be down: each flag whose instant is gone or not yet
   * reached (`dossier_flagged_*_idx`, over the dossiers carrying that flag), and the flagged dossiers that no
   * longer run (`dossier_flagged_idle_idx`). A safety net, since every change clears its own flags: at most
   * `limit` per sweep.
   */
  async contradicted(now: Date, limit: number): Promise<string[]> {
    // The instant gone and the instant not reached, each its own branch, so that each is a range of the index
    // (an OR of the two would read every dossier carrying the flag).
    const early = (flag: string, column: string, reached: string) =>
      `SELECT id FROM dossier WHERE ${flag} IS NOT NULL AND ${column} IS NULL
       UNION SELECT id FROM dossier WHERE ${flag} IS NOT NULL AND ${column} ${reached} $1`;
    const rows = (await this.dataSource.query(
      `${early('flag_overdue_at', 'due_at', '>=')}
       UNION ${early('flag_step_overdue_at', 'step_due_at', '>=')}
       UNION SELECT id FROM dossier WHERE flag_step_overdue_at IS NOT NULL AND step_due_at <= step_started_at
       UNION ${early('flag_due_soon_at', 'due_soon_from', '>')}
       UNION ${early('flag_stalled_at', 'stall_at', '>')}
       UNION SELECT id FROM dossier
              WHERE (flag_overdue_at IS NOT NULL OR flag_step_overdue_at IS NOT NULL OR flag_due_soon_at IS NOT NULL
                     OR flag_stalled_at IS NOT NULL)
                AND NOT (${RUNNING})
       LIMIT $2`,
      [now, limit],
    )) as Array<{ id: string }>;
    return rows.map((r) => r.id);
  }

  /**
   * Every running dossier, `size` at a time, for the full pass at worker start: one sequential read of the table
   * through a cursor, all of it as of one snapshot (each dossier exactly once), while `each` applies what it finds
   * on other connections. Paging by id instead fetched every dossier of the table at random through the primary key.
   */
  async eachRunning(size: number, each: (page: DeadlineRow[]) => Promise<void>): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query(
        `DECLARE running_dossiers NO SCROLL CURSOR FOR SELECT ${SELECT_DEADLINE_ROW} FROM dossier WHERE ${RUNNING}`,
      );
      for (;;) {
        const page = (await runner.query(`FETCH ${size} FROM running_dossiers`)) as DeadlineRow[];
        if (page.length > 0) await each(page);
        if (page.length < size) break;
      }
      await runner.commitTransaction();
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  }

  /** The calendar key (`plannedOn`) the last complete start-up pass planned every running dossier on. */
  async lastFullPass(): Promise<string | null> {
    const rows = (await this.dataSource.query(`SELECT calendar FROM deadline_pass`)) as Array<{
      calendar: string;
    }>;
    return rows[0]?.calendar ?? null;
  }

  async recordFullPass(calendar: string, at: Date): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO deadline_pass (calendar, completed_at) VALUES ($1, $2)
       ON CONFLICT (id) DO UPDATE SET calendar = EXCLUDED.calendar, completed_at = EXCLUDED.completed_at`,
      [calendar, at],
    );
  }

  /** Locks the rows in id order (two sweeps cannot deadlock) for the rest of `manager`'s transaction. */
  async lockRows(manager: EntityManager, ids: string[]): Promise<DeadlineRow[]> {
    if (ids.length === 0) return [];
    return (await manager.query(
      `SELECT ${SELECT_DEADLINE_ROW} FROM dossier WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
      [ids],
    )) as DeadlineRow[];
  }
}
