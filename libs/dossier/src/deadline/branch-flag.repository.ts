import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** A branch flag the sweep raised. */
export interface RaisedBranchFlag {
  dossierId: string;
  branch: string;
  step: string;
  flag: 'step_overdue' | 'due_soon' | 'stalled';
}

const FLAGS = [
  { flag: 'step_overdue', column: 'flag_step_overdue_at', passed: 'b.step_due_at < $1' },
  { flag: 'due_soon', column: 'flag_due_soon_at', passed: 'b.due_soon_from <= $1' },
  { flag: 'stalled', column: 'flag_stalled_at', passed: 'b.stall_at <= $1' },
] as const;

/**
 * The flags of the branches of forks, each on its own branch row: the branch step past its due instant, its
 * remaining time short (as the procedure's `deadlines.dueSoon` says), or no action on it for the stall span. A
 * branch's instants are planned with every change of it (planBranches); the sweep raises what has passed, for
 * open branches of running dossiers that do not wait for the citizen. A flag goes down when the branch moves on.
 */
@Injectable()
export class BranchFlagRepository {
  constructor(private readonly dataSource: DataSource) {}

  async raise(now: Date): Promise<RaisedBranchFlag[]> {
    const due = (f: (typeof FLAGS)[number]) => `(b.${f.column} IS NULL AND ${f.passed})`;
    const rows = (await this.dataSource.query(
      // Within a CTE, so that the driver hands back the rows alone (an UPDATE's result also carries a count).
      `WITH raised AS (UPDATE dossier_branch b SET ${FLAGS.map((f) => `${f.column} = CASE WHEN ${due(f)} THEN $1 ELSE b.${f.column} END`).join(', ')}
         FROM dossier d
        WHERE d.id = b.dossier_id AND b.step IS NOT NULL AND b.paused_at IS NULL
          AND d.paused_at IS NULL AND d.status IN ('in_progress', 'result_ready')
          AND (${FLAGS.map(due).join(' OR ')})
        RETURNING b.dossier_id AS "dossierId", b.branch, b.step,
          ${FLAGS.map((f) => `b.${f.column} = $1 AS "${f.flag}"`).join(', ')})
       SELECT * FROM raised`,
      [now],
    )) as Array<Record<string, unknown>>;
    return rows.flatMap((row) =>
      FLAGS.filter((f) => row[f.flag] === true).map((f) => ({
        dossierId: row.dossierId as string,
        branch: row.branch as string,
        step: row.step as string,
        flag: f.flag,
      })),
    );
  }
}
