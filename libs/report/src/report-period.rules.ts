import { toVietnamIso } from '@motcua/calendar';
import { ReportException } from './report.exception';

/** A report's period `[from, to)` and the instant its figures are judged at. */
export interface ReportPeriod {
  from: Date;
  to: Date;
  /**
   * The earlier of `to` and now: a dossier not finished is judged here (pending within the deadline or overdue),
   * and nothing after it is counted. "This month so far" must not call a dossier received this morning overdue
   * because the month ends later; a past period reads the same whenever it is read.
   */
  asOf: Date;
  /**
   * The exclusive bound of what is counted: `to` for a past period; just after now for a running one, so that what
   * happened at the very instant the report is read is in it (the state at `asOf` includes it).
   */
  end: Date;
}

/**
 * Pure: the period asked for, read at `now`. A bad instant or `from ≥ to` is BAD_PERIOD; a period that has not
 * begun (`from ≥ now`) is PERIOD_NOT_STARTED, since its only figures would be predictions.
 */
export function reportPeriod(fromText: string, toText: string, now: Date): ReportPeriod {
  const from = new Date(fromText);
  const to = new Date(toText);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || from >= to)
    throw ReportException.badPeriod();
  if (from >= now) throw ReportException.notStarted(toVietnamIso(from));
  if (to <= now) return { from, to, asOf: to, end: to };
  return { from, to, asOf: new Date(now), end: new Date(now.getTime() + 1) };
}

/** Whether the figures stop before the period's end (the period is still running when it is read). */
export const isPartial = (p: { to: Date; asOf: Date }): boolean => p.asOf < p.to;

/**
 * Pure: the period as data `lagMs` behind `now` can tell it (a replica's): judged at the earlier of `asOf` and the
 * data's instant, and counting nothing after it. A period that began after the data's instant is judged at its
 * start: the data holds nothing of it yet.
 */
export function readPeriod(period: ReportPeriod, now: Date, lagMs: number): ReportPeriod {
  const dataAt = Math.max(now.getTime() - Math.max(lagMs, 0), period.from.getTime());
  if (dataAt >= period.asOf.getTime()) return period;
  return { ...period, asOf: new Date(dataAt), end: new Date(dataAt + 1) };
}
