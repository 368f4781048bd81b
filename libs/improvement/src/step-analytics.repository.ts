import { Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { StepPeriod } from './step-period.rules';
import type { LateSqlRow, OfficerSqlRow, StepSqlRow, TrendSqlRow } from './step-rows.types';

/** Which dossiers count: of an agency's units (reached), of a procedure code, of a declared version. */
export interface DossierFilter {
  units: string[] | null;
  procedureCode: string | null;
  version: number | null;
}

/** The control sheet's rows (form 06): hand-overs graded against their step's due instant; transfers excepted. */
const HAND_OVER = `e.timeliness IS NOT NULL AND e.action <> 'transfer'`;

/** The dossier conditions of a filter on alias `d`, its parameters numbered from `first`. */
export function dossierWhere(filter: DossierFilter, first: number): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const next = () => `$${first + params.length - 1}`;
  if (filter.units) {
    params.push(filter.units);
    parts.push(`d.reached_units && ${next()}::text[]`);
  }
  if (filter.procedureCode) {
    params.push(filter.procedureCode);
    parts.push(`d.procedure_code = ${next()}`);
  }
  if (filter.version !== null) {
    params.push(filter.version);
    parts.push(
      `d.procedure_version_id IN (SELECT id FROM procedure_version WHERE declared_version = ${next()})`,
    );
  }
  return { sql: parts.map((p) => ` AND ${p}`).join(''), params };
}

/**
 * The hand-overs (and supplement requests) of the period by revision and step (and officer, given a unit), counted
 * by whole minute of working time, of wait and of work (StepSqlRow): one pass over the month partitions of the
 * period, each hand-over counted under each of its kinds, aggregated in parallel by hash into some ten thousand
 * rows (an ordered-set aggregate sorts millions of rows per quantile; one group per pair of working time and wait
 * makes hundreds of thousands). Measured in docs/improvement.md.
 */
function histogram(period: StepPeriod, filter: DossierFilter, unit: string | null): [string, unknown[]] {
  const officer = unit !== null;
  const where = dossierWhere(filter, officer ? 4 : 3);
  const counted = `k.kind = 't' AND ${HAND_OVER}`;
  const sql = `SELECT d.procedure_version_id AS revision, e.from_step AS step, k.kind, k.m,
              CASE WHEN k.kind = 't' THEN e.to_step END AS to_step,
              ${officer ? 'e.actor_username AS username, min(e.actor_name) AS name,' : ''}
              count(*) FILTER (WHERE ${HAND_OVER}) AS hand_overs,
              sum(e.working_minutes) FILTER (WHERE ${counted}) AS minutes,
              count(*) FILTER (WHERE ${counted} AND e.timeliness = 'late') AS late,
              count(*) FILTER (WHERE k.kind = 't' AND e.action = 'request_supplement') AS supplements
         FROM dossier_event e
         JOIN dossier d ON d.id = e.dossier_id
        CROSS JOIN LATERAL (VALUES ('t', e.working_minutes::int), ('w', e.wait_minutes::int),
                                   ('k', (e.working_minutes - e.wait_minutes)::int)) AS k(kind, m)
        WHERE e.occurred_at >= $1 AND e.occurred_at < $2 AND e.from_step IS NOT NULL
          AND (${HAND_OVER} OR e.action = 'request_supplement')
          AND (k.kind = 't' OR (k.m IS NOT NULL AND ${HAND_OVER}))
          ${officer ? 'AND e.actor_unit = $3 AND e.actor_username IS NOT NULL' : ''}${where.sql}
        GROUP BY 1, 2, 3, 4, 5${officer ? ', 6' : ''}`;
  return [sql, [period.from, period.end, ...(officer ? [unit] : []), ...where.params]];
}

/**
 * Runs a report statement on its own connection without JIT compilation, with room to hash, and planned for its
 * own period each time: compiling the aggregates costs seconds (5.2 s of 12.7 s for a year on the 1,000,000-dossier
 * data set) and saves none of them, and the generic plan PostgreSQL settles on after five runs of a prepared
 * statement (every statement with parameters is one here) took twice as long.
 */
function aggregate<T>(db: DataSource, [sql, params]: [string, unknown[]]): Promise<T> {
  return db.transaction(async (m) => {
    await m.query(`SET LOCAL jit = off`);
    await m.query(`SET LOCAL plan_cache_mode = force_custom_plan`);
    await m.query(`SET LOCAL work_mem = '64MB'`);
    return (await m.query(sql, params)) as T;
  });
}

@Injectable()
export class StepAnalyticsRepository {
  async steps(db: DataSource, period: StepPeriod, filter: DossierFilter): Promise<StepSqlRow[]> {
    return aggregate<StepSqlRow[]>(db, histogram(period, filter, null));
  }

  /** The same histogram by the officer who made each hand-over, for the hand-overs made by officers of `unit`. */
  async officers(
    db: DataSource,
    period: StepPeriod,
    filter: DossierFilter,
    unit: string,
  ): Promise<OfficerSqlRow[]> {
    return aggregate<OfficerSqlRow[]>(db, histogram(period, filter, unit));
  }

  /** The hand-overs of the period by revision, step and Vietnam calendar month. */
  async trend(
    db: DataSource,
    period: StepPeriod,
    filter: DossierFilter,
    stepId: string | null,
  ): Promise<TrendSqlRow[]> {
    const where = dossierWhere(filter, 4);
    return aggregate<TrendSqlRow[]>(db, [
      `SELECT d.procedure_version_id AS revision, e.from_step AS step,
              to_char(e.occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') AS month,
              count(*) AS hand_overs,
              count(*) FILTER (WHERE e.timeliness = 'late') AS late,
              sum(e.working_minutes) AS minutes
         FROM dossier_event e
         JOIN dossier d ON d.id = e.dossier_id
        WHERE e.occurred_at >= $1 AND e.occurred_at < $2 AND e.from_step IS NOT NULL AND ${HAND_OVER}
          AND ($3::text IS NULL OR e.from_step = $3)${where.sql}
        GROUP BY 1, 2, 3`,
      [period.from, period.end, stepId, ...where.params],
    ]);
  }

  /**
   * The period's late dossiers by revision (step null) and by each step they were late at: a late hand-over of the
   * step, or the step it is still in past its due instant. Late as form 06/VPCP/KSTT counts it: done in the period
   * after the appointment, or pending and overdue at `asOf`; except a dossier waiting then for the citizen's
   * supplement (its statutory clock restarts when the supplement comes: the wait is not the agency's lateness).
   */
  async late(db: DataSource, period: StepPeriod, filter: DossierFilter): Promise<LateSqlRow[]> {
    const where = dossierWhere(filter, 4);
    return aggregate<LateSqlRow[]>(db, [
      `WITH late AS MATERIALIZED (
         SELECT d.id, d.procedure_version_id AS revision,
                CASE WHEN d.finished_at IS NULL AND d.step_due_at < $3 THEN d.step END AS open_step
           FROM dossier d
          WHERE d.clock_started_at IS NOT NULL AND d.received_at < $2${where.sql}
            AND ((d.status = 'done' AND d.finished_at >= $1 AND d.finished_at < $2 AND d.finished_at > d.due_at)
              OR ((d.finished_at IS NULL OR d.finished_at >= $2) AND d.due_at < $3
                  AND NOT coalesce(d.paused_at < $3, false)))
       ), at_step AS (
         SELECT l.revision, e.from_step AS step, l.id
           FROM late l
           JOIN dossier_event e ON e.dossier_id = l.id
          WHERE e.timeliness = 'late' AND e.action <> 'transfer' AND e.from_step IS NOT NULL AND e.occurred_at < $2
         UNION
         SELECT revision, open_step, id FROM late WHERE open_step IS NOT NULL
       )
       SELECT revision, step, count(*) AS dossiers FROM at_step GROUP BY 1, 2
       UNION ALL
       SELECT revision, NULL, count(*) FROM late GROUP BY 1`,
      [period.from, period.end, period.asOf, ...where.params],
    ]);
  }
}
