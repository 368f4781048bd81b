import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { toVietnamIso } from '@motcua/calendar';
import { type Catalog, CATALOG } from '@motcua/catalog';
import { Clock, ReadReplicaService, type ReadSource } from '@motcua/common';
import { type AuthUser, readScope } from '@motcua/identity';
import type {
  GroupBy,
  HandlingReport,
  HandlingRow,
  Indicator,
  IndicatorsReport,
  PeriodQueryDto,
} from './period-query.dto';
import { readPeriod, type ReportPeriod, reportPeriod } from './report-period.rules';
import { readFromView } from './report-source.rules';
import {
  digitisationIndicator,
  electronicResultRate,
  processingTimes,
  round2,
  totalOf,
} from './report-indicators.rules';
import { onlinePaymentIndicator } from './report-online-payment.rules';
import { ReportRepository } from './report.repository';
import { handlingCounts as counts } from './report-counts.rules';
import { reportAgencyOf, type ReportAgency } from './report-heading.rules';

export const FORMULAS = {
  onTimeRate:
    '(resolved early + resolved on time + pending within deadline) / (received online + received in person or post + carried over) × 100',
  onlineRate: 'received online / (received online + received in person or post) × 100',
  supplementRate:
    'dossiers received in the period with at least one supplement request (pause) / dossiers received in the period × 100',
  lateRate: '(resolved late + pending overdue) / (received + carried over) × 100',
  lowRatingRate: 'dossiers rated in the period with overall ≤ 2 / (received + carried over) × 100',
  satisfaction:
    '100 − late rate − low-rating rate − complaint rate (complaint rate = 0: no complaints are recorded)',
  averageProcessingTime:
    'per procedure: mean over dossiers done in the period of the working days (working calendar, 8 working hours a day) from clock start to finish',
} as const;

const pct = (num: number, den: number): number | null => (den === 0 ? null : round2((num / den) * 100));

@Injectable()
export class ReportService {
  constructor(
    private readonly repository: ReportRepository,
    @Inject(CATALOG) private readonly catalog: Catalog,
    private readonly clock: Clock,
    private readonly reader: ReadReplicaService,
  ) {}

  /**
   * Runs `read` on the reports' connection (a replica, see ReadReplicaService) with the period asked for, judged at
   * the earlier of its end and now (see reportPeriod), or at the replica's instant when its data lags (readPeriod).
   * A bad period is refused before any connection is taken.
   */
  private read<T>(
    q: PeriodQueryDto,
    read: (db: DataSource, period: ReportPeriod, source: ReadSource) => Promise<T>,
  ): Promise<T> {
    const now = this.clock.now();
    const period = reportPeriod(q.from, q.to, now);
    return this.reader.read(({ dataSource, source }) =>
      read(dataSource, readPeriod(period, now, source.lagMs), source),
    );
  }

  /** The dossiers `user` reports on: their center's (a supervisor), all (an admin). */
  private scope(user: AuthUser): string[] | null {
    return readScope(user, this.catalog.org);
  }

  handling(user: AuthUser, q: PeriodQueryDto, groupBy: GroupBy = 'unit'): Promise<HandlingReport> {
    return this.read(q, (db, period, source) => this.readHandling(db, period, source, user, groupBy));
  }

  private async readHandling(
    db: DataSource,
    { from, to, asOf, end }: ReportPeriod,
    source: ReadSource,
    user: AuthUser,
    groupBy: GroupBy,
  ): Promise<HandlingReport> {
    const units = this.scope(user);
    const [raw, apologies] = await Promise.all([
      this.repository.handling(db, from, end, asOf, groupBy, units),
      this.repository.apologies(db, from, end, units),
    ]);
    const totalRaw = raw.find((r) => r.key === null);
    const rows: HandlingRow[] = raw
      .filter((r) => r.key !== null)
      .map((r) => ({ key: r.key!, label: this.label(groupBy, r.key!, r.label), ...counts(r) }));
    const empty = counts({
      received_online: '0',
      received_offline: '0',
      carried_over: '0',
      resolved_early: '0',
      resolved_on_time: '0',
      resolved_late: '0',
      closed_other: '0',
      pending_within: '0',
      pending_overdue: '0',
      supplemented: '0',
      key: null,
      label: null,
    });
    return {
      from: toVietnamIso(from),
      to: toVietnamIso(to),
      asOf: toVietnamIso(asOf),
      readFrom: readFromView(source, this.reader.maxLagMs),
      groupBy,
      rows,
      total: totalRaw ? counts(totalRaw) : empty,
      apologies,
    };
  }

  /** Units by their name in the organization file; fields and procedures as the SQL labels them. */
  private label(groupBy: GroupBy, key: string, label: string | null): string {
    if (groupBy === 'unit') return this.catalog.org.units.find((u) => u.id === key)?.name ?? key;
    return label ?? key;
  }

  /** Who reports, for the heading of the exported form. */
  agencyOf(user: AuthUser): ReportAgency {
    return reportAgencyOf(this.catalog.org, user.unitId);
  }

  indicators(user: AuthUser, q: PeriodQueryDto): Promise<IndicatorsReport> {
    return this.read(q, (db, period, source) => this.readIndicators(db, period, source, user));
  }

  private async readIndicators(
    db: DataSource,
    { from, to, asOf, end }: ReportPeriod,
    source: ReadSource,
    user: AuthUser,
  ): Promise<IndicatorsReport> {
    const units = this.scope(user);
    // Independent reads: the counts with the working times (one pass), and the ratings, up to `asOf`.
    const [perProcedure, low, digitisation, electronic, payments] = await Promise.all([
      this.repository.indicators(db, from, end, asOf, this.catalog.calendar, units),
      this.repository.lowRatings(db, from, end, units),
      this.repository.digitisation(db, from, end, units),
      this.repository.electronicResults(db, from, end, units),
      this.repository.onlinePayments(db, from, end, units),
    ]);
    const averageProcessingTime = processingTimes(perProcedure, this.catalog.calendar);
    const raw = perProcedure.length > 0 ? totalOf(perProcedure) : undefined;
    const t = raw ? counts(raw) : undefined;
    const total = t?.total ?? 0;
    const received = (t?.receivedOnline ?? 0) + (t?.receivedOffline ?? 0);
    const onTime = (t?.resolvedEarly ?? 0) + (t?.resolvedOnTime ?? 0) + (t?.pendingWithinDeadline ?? 0);
    const late = (t?.resolvedLate ?? 0) + (t?.pendingOverdue ?? 0);
    const supplemented = Number(raw?.supplemented ?? 0);
    const lateRate = pct(late, total);
    const lowRate = pct(low, total);
    const indicators: Indicator[] = [
      {
        key: 'onTimeRate',
        name: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
        value: pct(onTime, total),
        numerator: onTime,
        denominator: total,
        formula: FORMULAS.onTimeRate,
      },
      {
        key: 'onlineRate',
        name: 'Tỷ lệ hồ sơ tiếp nhận trực tuyến',
        value: pct(t?.receivedOnline ?? 0, received),
        numerator: t?.receivedOnline ?? 0,
        denominator: received,
        formula: FORMULAS.onlineRate,
      },
      {
        key: 'supplementRate',
        name: 'Tỷ lệ hồ sơ phải bổ sung',
        value: pct(supplemented, received),
        numerator: supplemented,
        denominator: received,
        formula: FORMULAS.supplementRate,
      },
      {
        key: 'lateRate',
        name: 'Tỷ lệ hồ sơ trễ hạn',
        value: lateRate,
        numerator: late,
        denominator: total,
        formula: FORMULAS.lateRate,
      },
      {
        key: 'lowRatingRate',
        name: 'Tỷ lệ hồ sơ bị đánh giá không hài lòng',
        value: lowRate,
        numerator: low,
        denominator: total,
        formula: FORMULAS.lowRatingRate,
      },
      {
        key: 'satisfaction',
        name: 'Mức độ hài lòng',
        value: total === 0 ? null : round2(100 - lateRate! - lowRate!),
        numerator: late + low,
        denominator: total,
        formula: FORMULAS.satisfaction,
        note: 'complaints are not recorded by the engine yet; their rate is taken as 0',
      },
      digitisationIndicator(digitisation),
      electronicResultRate(electronic),
      onlinePaymentIndicator(payments),
    ];
    return {
      from: toVietnamIso(from),
      to: toVietnamIso(to),
      asOf: toVietnamIso(asOf),
      readFrom: readFromView(source, this.reader.maxLagMs),
      indicators,
      averageProcessingTime,
      averageProcessingTimeFormula: FORMULAS.averageProcessingTime,
    };
  }
}
