import { ONLINE_PAYMENT_SQL, type OnlinePaymentCounts } from './report-online-payment.rules';
import { Injectable } from '@nestjs/common';
import type { WorkingCalendar } from '@motcua/calendar';
import { DataSource } from 'typeorm';
import type { GroupBy } from './period-query.dto';
import {
  COUNT_COLUMNS,
  DONE_IN_PERIOD,
  HANDLING_COUNTS,
  HANDLING_SOURCE,
  sumsOf,
} from './report-handling.sql';
import { APOLOGIES_SQL } from './report-apologies.sql';
import { DIGITISATION_SQL } from './report-digitisation.sql';
import { inScope } from './report-scope.rules';
import type { ElectronicResultCounts } from './report-indicators.rules';
import { workingTimeSql } from './report-working-time.sql';

/** Raw counts, as PostgreSQL returns bigint: strings. `key` is null on the total row. */
export interface HandlingSqlRow {
  key: string | null;
  label: string | null;
  received_online: string;
  received_offline: string;
  carried_over: string;
  resolved_early: string;
  resolved_on_time: string;
  resolved_late: string;
  closed_other: string;
  pending_within: string;
  pending_overdue: string;
  supplemented: string;
}

/** A procedure's counts, and over its dossiers done in the period their number, name and working time. */
export interface IndicatorSqlRow extends HandlingSqlRow {
  key: string;
  done: string;
  done_name: string | null;
  /** Working milliseconds summed (numeric, as a string); null when none is done. */
  done_working_ms: string | null;
  done_outside: string;
}

// Per grouping: what the dossiers are counted by besides their revision (`v.by`), and the key and label of a
// row once the counts per revision are joined to procedure_version (pv).
const KEY: Record<GroupBy, { by: string; key: string; label: string }> = {
  unit: { by: 'd.receiving_unit', key: 'v.by', label: 'v.by' },
  field: { by: 'NULL::text', key: 'pv.field', label: 'pv.field' },
  procedure: { by: 'd.procedure_code', key: 'v.by', label: 'pv.name' },
};

/** Counts per revision and `by` (HANDLING_SOURCE, HANDLING_COUNTS and `extra`), as the CTE `v` of a statement. */
const perVersion = (by: string, extra = ''): string =>
  `v AS (SELECT ${by} AS by, d.procedure_version_id AS version, ${HANDLING_COUNTS}${extra} ${HANDLING_SOURCE}
          GROUP BY 1, 2)`;

@Injectable()
export class ReportRepository {
  /**
   * Form 06/VPCP/KSTT in one statement: every dossier the period touches counted into FILTER columns per key
   * (HANDLING_SOURCE, HANDLING_COUNTS), which PostgreSQL aggregates in parallel; the few rows per key are then
   * summed into the grand-total grouping set. `to` bounds what is counted (the period's end, or just after now
   * while it runs) and `at` is the instant the report is judged at (its `asOf`): a dossier still open is within
   * the deadline or overdue at `at`, never later.
   */
  async handling(
    db: DataSource,
    from: Date,
    to: Date,
    at: Date,
    groupBy: GroupBy,
    units: string[] | null = null,
  ): Promise<HandlingSqlRow[]> {
    const { by, key, label } = KEY[groupBy];
    return this.withWorkMem(
      db,
      `WITH ${perVersion(by)},
            per_key AS (SELECT ${key} AS key, min(${label}) AS label, ${sumsOf(COUNT_COLUMNS)}
                          FROM v JOIN procedure_version pv ON pv.id = v.version
                         GROUP BY ${key})
         SELECT key, min(label) AS label, ${sumsOf(COUNT_COLUMNS)}
           FROM per_key
          GROUP BY GROUPING SETS ((key), ())
          ORDER BY GROUPING(key), key`,
      [from, to, units, at],
    );
  }

  /**
   * The indicators' counts and working times in one pass over the same rows as `handling`: per procedure, the
   * counts of form 06 and, over its dossiers done in the period, their number, name and working time (as written
   * at the finish, `working_ms`; for a dossier done before that column, computed in SQL on the calendar's
   * working-time table: see workingTimeSql), and how many of those lie outside the calendar's coverage.
   */
  async indicators(
    db: DataSource,
    from: Date,
    to: Date,
    at: Date,
    calendar: WorkingCalendar,
    units: string[] | null = null,
  ): Promise<IndicatorSqlRow[]> {
    const working = workingTimeSql(calendar, 5);
    // Computed only where no working time was written at the finish (dossiers done before the column).
    const outside = `d.working_ms IS NULL AND (${working.outside('d.clock_started_at')} OR ${working.outside('d.finished_at')})`;
    const done = `count(*) FILTER (WHERE ${DONE_IN_PERIOD}) AS done,
        sum(coalesce(d.working_ms, (${working.between('d.clock_started_at', 'd.finished_at')})::bigint))
          FILTER (WHERE ${DONE_IN_PERIOD}) AS done_working_ms,
        count(*) FILTER (WHERE ${DONE_IN_PERIOD} AND ${outside}) AS done_outside`;
    return this.withWorkMem(
      db,
      `WITH ${perVersion('d.procedure_code', `, ${done}`)}
       SELECT v.by AS key, ${sumsOf([...COUNT_COLUMNS, 'done', 'done_outside'])},
              sum(v.done_working_ms) AS done_working_ms, min(pv.name) FILTER (WHERE v.done > 0) AS done_name
         FROM v JOIN procedure_version pv ON pv.id = v.version
        GROUP BY v.by
        ORDER BY v.by`,
      [from, to, units, at, ...working.params],
    );
  }

  private withWorkMem<T>(db: DataSource, sql: string, params: unknown[]): Promise<T[]> {
    return db.transaction(async (manager) => {
      // The per-key aggregation and the supplement set are hashed in memory rather than spilled to disk.
      await manager.query(`SET LOCAL work_mem = '64MB'`);
      return (await manager.query(sql, params)) as T[];
    });
  }

  /**
   * Apology-and-extension letters issued in the period, and those issued late: less than one working day before
   * the appointment, or after it had passed (the action recorded which, as `payload.apology`).
   */
  async apologies(
    db: DataSource,
    from: Date,
    to: Date,
    units: string[] | null = null,
  ): Promise<{ issued: number; late: number }> {
    const [row] = (await db.query(APOLOGIES_SQL, [from, to, units])) as Array<{ issued: string; late: string }>;
    return { issued: Number(row.issued), late: Number(row.late) };
  }

  /** Dossiers resolved in the period (done, or refused after acceptance), and those with a signed result. */
  async electronicResults(
    db: DataSource,
    from: Date,
    to: Date,
    units: string[] | null = null,
  ): Promise<ElectronicResultCounts> {
    const [row] = (await db.query(
      `SELECT count(*) AS resolved, count(r.dossier_id) AS electronic
         FROM dossier d LEFT JOIN dossier_result r ON r.dossier_id = d.id
        WHERE d.finished_at >= $1 AND d.finished_at < $2
          AND (d.status = 'done' OR (d.status = 'refused' AND d.accepted_at IS NOT NULL)) AND ${inScope(3)}`,
      [from, to, units],
    )) as Array<{ resolved: string; electronic: string }>;
    return { resolved: Number(row.resolved), electronic: Number(row.electronic) };
  }

  /** Dossiers rated low (overall ≤ 2) in the period. */
  async lowRatings(db: DataSource, from: Date, to: Date, units: string[] | null = null): Promise<number> {
    const [row] = (await db.query(
      `SELECT count(*) AS n FROM dossier_rating r JOIN dossier d ON d.id = r.dossier_id
        WHERE r.overall <= 2 AND r.rated_at >= $1 AND r.rated_at < $2 AND ${inScope(3)}`,
      [from, to, units],
    )) as Array<{ n: string }>;
    return Number(row.n);
  }

  /** Dossiers received in the period, and those digitised (DIGITISATION_SQL). */
  async digitisation(
    db: DataSource,
    from: Date,
    to: Date,
    units: string[] | null = null,
  ): Promise<{ received: number; digitised: number }> {
    const [row] = (await db.query(DIGITISATION_SQL, [from, to, units])) as Array<{
      received: string;
      digitised: string;
    }>;
    return { received: Number(row.received), digitised: Number(row.digitised) };
  }

  /** The counts of the online-payment rate (see ONLINE_PAYMENT_SQL). */
  async onlinePayments(
    db: DataSource,
    from: Date,
    to: Date,
    units: string[] | null = null,
  ): Promise<OnlinePaymentCounts> {
    const [row] = (await db.query(ONLINE_PAYMENT_SQL, [from, to, units])) as OnlinePaymentCounts[];
    return row!;
  }
}
