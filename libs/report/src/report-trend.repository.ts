import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { JudgedBucket } from './report-trend-buckets.rules';
import { inScope } from './report-scope.rules';

export interface TrendSqlRow {
  i: string;
  total: string;
  on_time: string;
  late: string;
}

export interface BacklogSqlRow {
  unit: string | null;
  procedure: string | null;
  label: string | null;
  open: string;
  overdue: string;
  step_overdue: string;
  stalled: string;
  due_soon: string;
}

@Injectable()
export class ReportTrendRepository {
  /**
   * Per bucket, the on-time numerator and denominator of Decision 766 with the counting rules of form 06
   * (see report.repository.ts): the dossiers each bucket touches, in one statement over all buckets. A dossier
   * still open at a bucket's end is on time or late as judged at the bucket's `at` (its end, or now).
   */
  async trend(
    db: DataSource,
    buckets: JudgedBucket[],
    units: string[] | null = null,
  ): Promise<TrendSqlRow[]> {
    const done = `d.status = 'done' AND d.finished_at >= b.f AND d.finished_at < b.t`;
    const pending = '(d.finished_at IS NULL OR d.finished_at >= b.t)';
    return (await db.query(
      `SELECT b.i,
              count(d.id) AS total,
              count(d.id) FILTER (WHERE (${done} AND d.finished_at <= d.due_at)
                                     OR (${pending} AND (d.due_at IS NULL OR d.due_at >= b.a))) AS on_time,
              count(d.id) FILTER (WHERE (${done} AND d.finished_at > d.due_at)
                                     OR (${pending} AND d.due_at < b.a)) AS late
         FROM unnest($1::timestamptz[], $2::timestamptz[], $4::timestamptz[]) WITH ORDINALITY AS b(f, t, a, i)
         LEFT JOIN dossier d
           ON d.clock_started_at IS NOT NULL
          AND d.received_at < b.t
          AND (d.finished_at IS NULL OR d.finished_at >= b.f)
          AND ${inScope(3)}
        GROUP BY b.i
        ORDER BY b.i`,
      [
        buckets.map((b) => b.from.toISOString()),
        buckets.map((b) => b.to.toISOString()),
        units,
        buckets.map((b) => b.at.toISOString()),
      ],
    )) as TrendSqlRow[];
  }

  /** Open dossiers and their raised flags by current owner unit and by procedure, plus a total row. */
  async backlog(db: DataSource, units: string[] | null = null): Promise<BacklogSqlRow[]> {
    const unit = 'coalesce(d.step_owner_unit, d.receiving_unit)';
    return (await db.query(
      `SELECT ${unit} AS unit, d.procedure_code AS procedure, min(pv.name) AS label,
              count(*) AS open,
              count(*) FILTER (WHERE d.flag_overdue_at IS NOT NULL) AS overdue,
              count(*) FILTER (WHERE d.flag_step_overdue_at IS NOT NULL) AS step_overdue,
              count(*) FILTER (WHERE d.flag_stalled_at IS NOT NULL) AS stalled,
              count(*) FILTER (WHERE d.flag_due_soon_at IS NOT NULL) AS due_soon
         FROM dossier d
         JOIN procedure_version pv ON pv.id = d.procedure_version_id
        WHERE d.finished_at IS NULL AND d.status NOT IN ('done', 'refused', 'withdrawn', 'stopped')
          AND ${inScope(1)}
        GROUP BY GROUPING SETS ((${unit}), (d.procedure_code), ())
        ORDER BY 1, 2`,
      [units],
    )) as BacklogSqlRow[];
  }
}
