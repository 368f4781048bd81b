import type { ReportPeriod } from './report-period.rules';
import type { TrendInterval } from './trend-query.dto';

export interface Bucket {
  from: Date;
  to: Date;
  /** `2026-10` for a month, the Monday `2026-10-05` for a week (Vietnam calendar). */
  label: string;
}

/** A bucket of a report period and the instant its pending dossiers are judged at. */
export interface JudgedBucket extends Bucket {
  at: Date;
}

// Vietnam has kept UTC+07:00 without daylight saving since 1975: a fixed shift gives its calendar.
const SHIFT = 7 * 60 * 60 * 1000;
const DAY = 24 * 60 * 60 * 1000;

function startOf(at: Date, interval: TrendInterval): number {
  const local = new Date(at.getTime() + SHIFT);
  if (interval === 'month') return Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), 1) - SHIFT;
  const midnight = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  return midnight - ((local.getUTCDay() + 6) % 7) * DAY - SHIFT;
}

function next(start: number, interval: TrendInterval): number {
  if (interval === 'week') return start + 7 * DAY;
  const local = new Date(start + SHIFT);
  return Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 1) - SHIFT;
}

const label = (start: number, interval: TrendInterval): string =>
  new Date(start + SHIFT).toISOString().slice(0, interval === 'month' ? 7 : 10);

/**
 * The calendar months or Monday-to-Sunday weeks (Vietnam time) that `[from, to)` touches, each clipped to the
 * period; undefined when there would be more than `max`.
 */
export function buckets(from: Date, to: Date, interval: TrendInterval, max: number): Bucket[] | undefined {
  const out: Bucket[] = [];
  for (let start = startOf(from, interval); start < to.getTime(); start = next(start, interval)) {
    if (out.length === max) return undefined;
    const end = next(start, interval);
    out.push({
      from: new Date(Math.max(start, from.getTime())),
      to: new Date(Math.min(end, to.getTime())),
      label: label(start, interval),
    });
  }
  return out;
}

/**
 * The intervals of a report period up to the instant it is read: none after `asOf` (no lateness is predicted for the
 * weeks ahead), the running one judged at `asOf` (the others at their own end). Undefined beyond `max`.
 */
export function periodBuckets(
  period: ReportPeriod,
  interval: TrendInterval,
  max: number,
): JudgedBucket[] | undefined {
  return buckets(period.from, period.end, interval, max)?.map((b) => ({
    ...b,
    at: b.to > period.asOf ? period.asOf : b.to,
  }));
}
