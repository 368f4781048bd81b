import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DossierEntity } from '../dossier.entity';

// The predicate of the partial indexes `dossier_sweep_*_idx` (Deadlines migration), written the same way so that
// the planner uses them.
const RUNNING = `paused_at IS NULL AND status IN ('in_progress', 'result_ready')`;

/** Each instant the sweep looks for, with the index it reads: passed, and its flag (or reminder) not recorded. */
export const SWEEP_KINDS = {
  overdue: { column: 'due_at', passed: '<', open: 'flag_overdue_at IS NULL' },
  step_overdue: { column: 'step_due_at', passed: '<', open: 'flag_step_overdue_at IS NULL' },
  due_soon: { column: 'due_soon_from', passed: '<=', open: 'flag_due_soon_at IS NULL' },
  stalled: { column: 'stall_at', passed: '<=', open: 'flag_stalled_at IS NULL' },
  apology: { column: 'apology_reminder_at', passed: '<=', open: 'apology_reminded_at IS NULL' },
} as const;
export type SweepKind = keyof typeof SWEEP_KINDS;

export interface SweepCursor {
  id: string;
  at: Date;
}

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
   * Flagged dossiers whose stored instants say a flag should be down, read through dossier_flagged_idx (the
   * flagged dossiers only). A safety net, since every change clears its own flags: at most `limit` per sweep.
   */
  async contradicted(now: Date, limit: number): Promise<string[]> {
    const rows = (await this.dataSource.query(
      `SELECT id FROM dossier
       WHERE (flag_overdue_at IS NOT NULL OR flag_step_overdue_at IS NOT NULL OR flag_due_soon_at IS NOT NULL
              OR flag_stalled_at IS NOT NULL)
         AND (NOT (${RUNNING})
              OR (flag_overdue_at IS NOT NULL AND (due_at IS NULL OR due_at >= $1))
              OR (flag_step_overdue_at IS NOT NULL AND (step_due_at IS NULL OR step_due_at >= $1))
              OR (flag_due_soon_at IS NOT NULL AND (due_soon_from IS NULL OR due_soon_from > $1))
              OR (flag_stalled_at IS NOT NULL AND (stall_at IS NULL OR stall_at > $1)))
       LIMIT $2`,
      [now, limit],
    )) as Array<{ id: string }>;
    return rows.map((r) => r.id);
  }

  /** A page of running dossiers by id, for the full pass that recomputes every instant (at worker start). */
  runningPage(limit: number, afterId = ZERO_UUID): Promise<DossierEntity[]> {
    return this.dataSource
      .getRepository(DossierEntity)
      .createQueryBuilder('d')
      .where(`d.paused_at IS NULL AND d.status IN ('in_progress', 'result_ready')`)
      .andWhere('d.id > :afterId', { afterId })
      .orderBy('d.id', 'ASC')
      .limit(limit)
      .getMany();
  }
}
