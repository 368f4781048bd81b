import { AppException } from '@motcua/common';

/** The longest period the figures are computed for, in days (a year, leap or not). */
export const MAX_PERIOD_DAYS = 366;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** A period of Vietnam calendar days read at an instant: hand-overs in `[from, end)`, open dossiers judged at `asOf`. */
export interface StepPeriod {
  from: Date;
  /** The start of the day after the last one (exclusive). */
  end: Date;
  /** The earlier of `end` and now: a dossier still open is judged late or not at this instant. */
  asOf: Date;
}

/** The instant a Vietnam calendar day (UTC+7, no daylight saving) begins; null for a day that does not exist. */
export function vietnamDayStart(day: string): Date | null {
  if (!DAY.test(day)) return null;
  const at = new Date(`${day}T00:00:00+07:00`);
  if (Number.isNaN(at.getTime())) return null;
  // `2026-02-30` parses as 2 March: a day is valid only if it reads back the same.
  return new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 10) === day ? at : null;
}

/**
 * Pure: the days `from`–`to` (both included) read at `now`. A bad day, `to` before `from` or more than
 * MAX_PERIOD_DAYS is BAD_PERIOD; a period that has not begun is PERIOD_NOT_STARTED.
 */
export function stepPeriod(from: string, to: string, now: Date): StepPeriod {
  const start = vietnamDayStart(from);
  const last = vietnamDayStart(to);
  if (!start || !last || last < start || (last.getTime() - start.getTime()) / DAY_MS + 1 > MAX_PERIOD_DAYS)
    throw new AppException(
      'BAD_PERIOD',
      `Khoảng thời gian không hợp lệ (${from} – ${to}): ngày bắt đầu không sau ngày kết thúc, tối đa ${MAX_PERIOD_DAYS} ngày.`,
      { from, to, maxDays: MAX_PERIOD_DAYS },
    );
  if (start >= now)
    throw new AppException('PERIOD_NOT_STARTED', `Kỳ ${from} – ${to} chưa bắt đầu: chưa có số liệu.`, {
      from,
    });
  const end = new Date(last.getTime() + DAY_MS);
  return { from: start, end, asOf: end < now ? end : new Date(now) };
}
