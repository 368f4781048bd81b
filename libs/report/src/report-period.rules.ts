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
