import { Inject, Injectable } from '@nestjs/common';
import { toVietnamIso } from '@motcua/calendar';
import { type Catalog, CATALOG } from '@motcua/catalog';
import { findUnit } from '@motcua/engine';
import { type AuthUser, readScope } from '@motcua/identity';
import { Clock } from '@motcua/common';
import { ReportException } from './report.exception';
import { reportPeriod } from './report-period.rules';
import { periodBuckets } from './report-trend-buckets.rules';
import type { BacklogReport, BacklogRow, TrendQueryDto, TrendReport } from './trend-query.dto';
import { type BacklogSqlRow, ReportTrendRepository } from './report-trend.repository';

export const MAX_TREND_POINTS = 120;

const rate = (num: number, den: number): number | null =>
  den === 0 ? null : Math.round((num / den) * 10000) / 100;

@Injectable()
export class ReportTrendService {
  constructor(
    private readonly repository: ReportTrendRepository,
    private readonly clock: Clock,
    @Inject(CATALOG) private readonly catalog: Catalog,
  ) {}

  async trend(user: AuthUser, q: TrendQueryDto): Promise<TrendReport> {
    const period = reportPeriod(q.from, q.to, this.clock.now());
    const { from, to, asOf } = period;
    const interval = q.interval ?? 'month';
    // Intervals after now are not reported (they would only predict); the running one is judged at now.
    const list = periodBuckets(period, interval, MAX_TREND_POINTS);
    if (!list) throw ReportException.tooManyBuckets(MAX_TREND_POINTS);
    const rows = await this.repository.trend(list, readScope(user, this.catalog.org));
    return {
      from: toVietnamIso(from),
      to: toVietnamIso(to),
      asOf: toVietnamIso(asOf),
      interval,
      points: list.map((b, i) => {
        const row = rows[i];
        const total = Number(row?.total ?? 0);
        const onTime = Number(row?.on_time ?? 0);
        return {
          label: b.label,
          from: toVietnamIso(b.from),
          to: toVietnamIso(b.at),
          total,
          onTime,
          late: Number(row?.late ?? 0),
          onTimeRate: rate(onTime, total),
        };
      }),
    };
  }

  async backlog(user: AuthUser): Promise<BacklogReport> {
    const rows = await this.repository.backlog(readScope(user, this.catalog.org));
    const unitName = (id: string) => findUnit(this.catalog.org, id)?.name ?? id;
    const toRow = (r: BacklogSqlRow, key: string, label: string): BacklogRow => ({
      key,
      label,
      open: Number(r.open),
      overdue: Number(r.overdue),
      stepOverdue: Number(r.step_overdue),
      stalled: Number(r.stalled),
      dueSoon: Number(r.due_soon),
    });
    const total = rows.find((r) => r.unit === null && r.procedure === null);
    return {
      at: toVietnamIso(this.clock.now()),
      byUnit: rows.filter((r) => r.unit !== null).map((r) => toRow(r, r.unit!, unitName(r.unit!))),
      byProcedure: rows
        .filter((r) => r.procedure !== null)
        .map((r) => toRow(r, r.procedure!, r.label ?? r.procedure!)),
      total: total
        ? toRow(total, 'total', 'total')
        : { key: 'total', label: 'total', open: 0, overdue: 0, stepOverdue: 0, stalled: 0, dueSoon: 0 },
    };
  }
}
