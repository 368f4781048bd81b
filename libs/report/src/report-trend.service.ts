import { Inject, Injectable } from '@nestjs/common';
import { toVietnamIso } from '@motcua/calendar';
import { type Catalog, CATALOG } from '@motcua/catalog';
import { findUnit } from '@motcua/engine';
import { type AuthUser, readScope } from '@motcua/identity';
import { Clock, ReadReplicaService } from '@motcua/common';
import { ReportException } from './report.exception';
import { readPeriod, reportPeriod } from './report-period.rules';
import { readFromView } from './report-source.rules';
import { type JudgedBucket, periodBuckets } from './report-trend-buckets.rules';
import type { ReadFromView } from './period-query.dto';
import type { BacklogReport, BacklogRow, TrendInterval, TrendQueryDto, TrendReport } from './trend-query.dto';
import { type BacklogSqlRow, ReportTrendRepository, type TrendSqlRow } from './report-trend.repository';

export const MAX_TREND_POINTS = 120;

const rate = (num: number, den: number): number | null =>
  den === 0 ? null : Math.round((num / den) * 10000) / 100;

@Injectable()
export class ReportTrendService {
  constructor(
    private readonly repository: ReportTrendRepository,
    private readonly clock: Clock,
    @Inject(CATALOG) private readonly catalog: Catalog,
    private readonly reader: ReadReplicaService,
  ) {}

  async trend(user: AuthUser, q: TrendQueryDto): Promise<TrendReport> {
    const now = this.clock.now();
    const asked = reportPeriod(q.from, q.to, now);
    const interval = q.interval ?? 'month';
    // Refused before any connection is taken: the count of intervals does not depend on where the data is read.
    if (!periodBuckets(asked, interval, MAX_TREND_POINTS))
      throw ReportException.tooManyBuckets(MAX_TREND_POINTS);
    return this.reader.read(async ({ dataSource, source }) => {
      const period = readPeriod(asked, now, source.lagMs);
      const { from, to, asOf } = period;
      // Intervals after the data's instant are not reported (they would only predict); the running one ends there.
      const list = periodBuckets(period, interval, MAX_TREND_POINTS)!;
      const rows = await this.repository.trend(dataSource, list, readScope(user, this.catalog.org));
      return this.trendReport(
        list,
        rows,
        { from, to, asOf },
        interval,
        readFromView(source, this.reader.maxLagMs),
      );
    });
  }

  private trendReport(
    list: JudgedBucket[],
    rows: TrendSqlRow[],
    { from, to, asOf }: { from: Date; to: Date; asOf: Date },
    interval: TrendInterval,
    readFrom: ReadFromView,
  ): TrendReport {
    return {
      from: toVietnamIso(from),
      to: toVietnamIso(to),
      asOf: toVietnamIso(asOf),
      readFrom,
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

  backlog(user: AuthUser): Promise<BacklogReport> {
    const now = this.clock.now();
    return this.reader.read(async ({ dataSource, source }) =>
      this.backlogReport(
        await this.repository.backlog(dataSource, readScope(user, this.catalog.org)),
        new Date(now.getTime() - source.lagMs),
        readFromView(source, this.reader.maxLagMs),
      ),
    );
  }

  private backlogReport(rows: BacklogSqlRow[], at: Date, readFrom: ReadFromView): BacklogReport {
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
      at: toVietnamIso(at),
      readFrom,
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
