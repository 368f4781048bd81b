import { Injectable } from '@nestjs/common';
import { jobId, JobName, OutboxRepository } from '@motcua/queue';
import { DataSource, type EntityManager } from 'typeorm';

/** A branch flag the sweep raised. */
export interface RaisedBranchFlag {
  dossierId: string;
  branch: string;
  step: string;
  ownerUnit: string;
  ownerRole: string;
  /** What it is about: the branch step's visit (its start), or the idle span (its instant). */
  about: string;
  flag: 'step_overdue' | 'due_soon' | 'stalled';
}

/** The subject of a branch flag in dossier_flag: apart from the dossier's own (OWN_FLAGS). */
export const branchFlagSubject = (f: Pick<RaisedBranchFlag, 'branch' | 'about'>): string =>
  `branch:${f.branch}@${f.about}`;

const FLAGS = [
  // A branch step visit with no working time has no step flag (`timedStep`).
  {
    flag: 'step_overdue',
    column: 'flag_step_overdue_at',
    passed: 'b.step_due_at < $1 AND b.step_due_at > b.step_started_at',
  },
  { flag: 'due_soon', column: 'flag_due_soon_at', passed: 'b.due_soon_from <= $1' },
  { flag: 'stalled', column: 'flag_stalled_at', passed: 'b.stall_at <= $1' },
] as const;

/**
 * The flags of the branches of forks, each on its own branch row: the branch step past its due instant, its
 * remaining time short (as the procedure's `deadlines.dueSoon` says), or no action on it for the stall span. A
 * branch's instants are planned with every change of it (planBranches); the sweep raises what has passed, for
 * open branches of running dossiers that do not wait for the citizen. A flag goes down when the branch moves on.
 * Each raised flag is also a `dossier_flag` row about the branch (subject `branch:<branch>@…`, step and owner the
 * branch step's) escalated as the dossier's own flags are: level 1 to the branch step's owners, then whoever
 * answers for that unit, then the center's supervisors; the row is cleared when the branch moves on or ends.
 */
@Injectable()
export class BranchFlagRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxRepository,
  ) {}

  /** Raises the branch flags whose instant has passed, with their escalation, in one transaction. */
  raise(now: Date): Promise<RaisedBranchFlag[]> {
    return this.dataSource.transaction(async (manager) => {
      const raised = await this.raiseOnRows(manager, now);
      if (raised.length === 0) return raised;
      const created = (await manager.query(
        `INSERT INTO dossier_flag (dossier_id, flag, subject, step, owner_unit, owner_role, raised_at)
         SELECT d, f, s, st, u, r, $7 FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::varchar[],
                                                 $5::varchar[], $6::varchar[]) AS t(d, f, s, st, u, r)
         ON CONFLICT (dossier_id, flag, subject) DO NOTHING
         RETURNING id::text AS id`,
        [
          raised.map((f) => f.dossierId),
          raised.map((f) => f.flag),
          raised.map(branchFlagSubject),
          raised.map((f) => f.step),
          raised.map((f) => f.ownerUnit),
          raised.map((f) => f.ownerRole),
          now,
        ],
      )) as Array<{ id: string }>;
      await this.outbox.append(
        manager,
        created.map(({ id }) => ({
          job: { name: JobName.Escalate, data: { flagId: id, level: 1 } },
          jobId: jobId('escalate', id, 1),
        })),
      );
      return raised;
    });
  }

  private async raiseOnRows(manager: EntityManager, now: Date): Promise<RaisedBranchFlag[]> {
    const due = (f: (typeof FLAGS)[number]) => `(b.${f.column} IS NULL AND ${f.passed})`;
    const rows = (await manager.query(
      // Within a CTE, so that the driver hands back the rows alone (an UPDATE's result also carries a count).
      `WITH raised AS (UPDATE dossier_branch b SET ${FLAGS.map((f) => `${f.column} = CASE WHEN ${due(f)} THEN $1 ELSE b.${f.column} END`).join(', ')}
         FROM dossier d
        WHERE d.id = b.dossier_id AND b.step IS NOT NULL AND b.paused_at IS NULL
          AND d.paused_at IS NULL AND d.status IN ('in_progress', 'result_ready')
          AND (${FLAGS.map(due).join(' OR ')})
        RETURNING b.dossier_id AS "dossierId", b.branch, b.step, b.owner_unit AS "ownerUnit",
          b.owner_role AS "ownerRole", b.step_started_at AS "startedAt", b.stall_at AS "stallAt",
          ${FLAGS.map((f) => `b.${f.column} = $1 AS "${f.flag}"`).join(', ')})
       SELECT * FROM raised`,
      [now],
    )) as Array<Record<string, unknown>>;
    return rows.flatMap((row) =>
      FLAGS.filter((f) => row[f.flag] === true).map((f) => ({
        dossierId: row.dossierId as string,
        branch: row.branch as string,
        step: row.step as string,
        ownerUnit: row.ownerUnit as string,
        ownerRole: row.ownerRole as string,
        about: ((f.flag === 'stalled' ? row.stallAt : row.startedAt) as Date).toISOString(),
        flag: f.flag,
      })),
    );
  }
}
