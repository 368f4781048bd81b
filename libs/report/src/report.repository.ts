import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { GroupBy } from './report.dto';
import { inScope } from './report.scope';

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

/** The done dossiers of one procedure: `starts[i]` and `finishes[i]` (epoch ms) belong to the same dossier. */
export interface DoneIntervals {
  procedure_code: string;
  name: string;
  starts: number[];
  finishes: number[];
}

const KEY: Record<GroupBy, { key: string; label: string }> = {
  unit: { key: 'd.receiving_unit', label: 'd.receiving_unit' },
  field: { key: 'pv.field', label: 'pv.field' },
  procedure: { key: 'd.procedure_code', label: 'pv.name' },
};

// Local (Vietnam) calendar date of an instant: the "on the due day" half of timeliness().
const vnDate = (col: string) => `(${col} AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;

@Injectable()
export class ReportRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Form 06/VPCP/KSTT in one statement: every dossier the period touches (received before its end, not finished
   * before its start) counted into FILTER columns per key, which PostgreSQL aggregates in parallel; the few rows
   * per key are then summed into the grand-total grouping set. Only dossiers whose statutory clock started
   * (complete receipts) are counted. The supplement requests are joined as a set, not probed per dossier.
   * `to` bounds what is counted (the period's end, or just after now while it runs) and `at` is the instant the
   * report is judged at (its `asOf`): a dossier still open is within the deadline or overdue at `at`, never later.
   */
  async handling(
    from: Date,
    to: Date,
    at: Date,
    groupBy: GroupBy,
    units: string[] | null = null,
  ): Promise<HandlingSqlRow[]> {
    const { key, label } = KEY[groupBy];
    const inPeriod = 'd.received_at >= $1 AND d.received_at < $2';
    const finishedInPeriod = 'd.finished_at >= $1 AND d.finished_at < $2';
    const done = `d.status = 'done' AND ${finishedInPeriod}`;
    const pendingAtEnd = '(d.finished_at IS NULL OR d.finished_at >= $2)';
    const sum = (column: string) => `sum(${column})::bigint AS ${column}`;
    return this.dataSource.transaction(async (manager) => {
      // The per-key aggregation and the supplement set are hashed in memory rather than spilled to disk.
      await manager.query(`SET LOCAL work_mem = '64MB'`);
      return (await manager.query(
        `WITH per_key AS (
           SELECT ${key} AS key, min(${label}) AS label,
                  count(*) FILTER (WHERE ${inPeriod} AND d.channel = 'online') AS received_online,
                  count(*) FILTER (WHERE ${inPeriod} AND d.channel <> 'online') AS received_offline,
                  count(*) FILTER (WHERE d.received_at < $1) AS carried_over,
                  count(*) FILTER (WHERE ${done} AND ${vnDate('d.finished_at')} < ${vnDate('d.due_at')}) AS resolved_early,
                  count(*) FILTER (WHERE ${done} AND d.finished_at <= d.due_at
                                     AND ${vnDate('d.finished_at')} = ${vnDate('d.due_at')}) AS resolved_on_time,
                  count(*) FILTER (WHERE ${done} AND d.finished_at > d.due_at) AS resolved_late,
                  count(*) FILTER (WHERE d.status <> 'done' AND ${finishedInPeriod}) AS closed_other,
                  count(*) FILTER (WHERE ${pendingAtEnd} AND (d.due_at IS NULL OR d.due_at >= $4)) AS pending_within,
                  count(*) FILTER (WHERE ${pendingAtEnd} AND d.due_at < $4) AS pending_overdue,
                  count(*) FILTER (WHERE ${inPeriod} AND p.dossier_id IS NOT NULL) AS supplemented
             FROM dossier d
             JOIN procedure_version pv ON pv.id = d.procedure_version_id
             LEFT JOIN (SELECT DISTINCT dossier_id FROM dossier_pause) p ON p.dossier_id = d.id
            WHERE d.clock_started_at IS NOT NULL
              AND d.received_at < $2
              AND (d.finished_at IS NULL OR d.finished_at >= $1)
              AND ${inScope(3)}
            GROUP BY ${key})
         SELECT key, min(label) AS label, ${sum('received_online')}, ${sum('received_offline')},
                ${sum('carried_over')}, ${sum('resolved_early')}, ${sum('resolved_on_time')}, ${sum('resolved_late')},
                ${sum('closed_other')}, ${sum('pending_within')}, ${sum('pending_overdue')}, ${sum('supplemented')}
           FROM per_key
          GROUP BY GROUPING SETS ((key), ())
          ORDER BY GROUPING(key), key`,
        [from, to, units, at],
      )) as HandlingSqlRow[];
    });
  }

  /**
   * Done dossiers finished in the period, for the working-time average (the calendar lives in the app): per
   * procedure, the clock starts and finishes as epoch milliseconds, two arrays rather than a row per dossier
   * (both aggregated in one pass over the same rows, so their elements pair up).
   */
  async doneIntervals(from: Date, to: Date, units: string[] | null = null): Promise<DoneIntervals[]> {
    return (await this.dataSource.query(
      `SELECT d.procedure_code, min(pv.name) AS name,
              array_agg(date_part('epoch', d.clock_started_at) * 1000) AS starts,
              array_agg(date_part('epoch', d.finished_at) * 1000) AS finishes
         FROM dossier d JOIN procedure_version pv ON pv.id = d.procedure_version_id
        WHERE d.status = 'done' AND d.finished_at >= $1 AND d.finished_at < $2 AND d.clock_started_at IS NOT NULL
          AND ${inScope(3)}
        GROUP BY d.procedure_code
        ORDER BY d.procedure_code`,
      [from, to, units],
    )) as DoneIntervals[];
  }

  /**
   * Apology-and-extension letters issued in the period, and those issued late: less than one working day before
   * the appointment, or after it had passed (the action recorded which, as `payload.apology`).
   */
  async apologies(
    from: Date,
    to: Date,
    units: string[] | null = null,
  ): Promise<{ issued: number; late: number }> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*) AS issued,
              count(*) FILTER (WHERE e.payload->>'apology' IN ('late', 'after_deadline')) AS late
         FROM dossier_event e JOIN dossier d ON d.id = e.dossier_id
        WHERE e.action = 'extend' AND e.occurred_at >= $1 AND e.occurred_at < $2 AND ${inScope(3)}`,
      [from, to, units],
    )) as Array<{ issued: string; late: string }>;
    return { issued: Number(row.issued), late: Number(row.late) };
  }

  /** Dossiers rated low (overall ≤ 2) in the period. */
  async lowRatings(from: Date, to: Date, units: string[] | null = null): Promise<number> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*) AS n FROM dossier_rating r JOIN dossier d ON d.id = r.dossier_id
        WHERE r.overall <= 2 AND r.rated_at >= $1 AND r.rated_at < $2 AND ${inScope(3)}`,
      [from, to, units],
    )) as Array<{ n: string }>;
    return Number(row.n);
  }
}
