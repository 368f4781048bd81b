import type { LimitUnit, TimeLimit, WorkingUnit } from '@motcua/calendar';
import { messagesFor, type Messages } from '@motcua/source';

export const WORKING_UNITS: readonly WorkingUnit[] = ['working_hour', 'working_day'];
export const LIMIT_UNITS: readonly LimitUnit[] = ['working_hour', 'working_day', 'day', 'month'];

const MINUTES_PER_WORKING_DAY = 480;
/** Working days a `month` limit may hold when compared with step durations. */
export const WORKING_DAYS_PER_MONTH = 23;
const MINUTES_PER_MONTH = WORKING_DAYS_PER_MONTH * MINUTES_PER_WORKING_DAY;

const ENGLISH = messagesFor('en');

export const isCalendarUnit = (unit: LimitUnit): unit is 'day' | 'month' =>
  unit === 'day' || unit === 'month';

/**
 * The weight of a span when step durations are added up against the limit: working time in minutes; a calendar
 * day counts as a working day and a month as 23 of them, as the limits do (see limitMinutes).
 * Unlike the calendar's `workingMinutes` this never throws: validation reports fractions of a minute itself.
 */
export function minutesOf(amount: number, unit: LimitUnit): number {
  switch (unit) {
    case 'working_hour':
      return amount * 60;
    case 'working_day':
    case 'day':
      return amount * MINUTES_PER_WORKING_DAY;
    case 'month':
      return amount * MINUTES_PER_MONTH;
  }
}

export const isWholeMinutes = (amount: number, unit: WorkingUnit): boolean => {
  const minutes = minutesOf(amount, unit);
  return Math.abs(minutes - Math.round(minutes)) < 1e-9;
};

/** The time a statutory limit allows for the steps of a procedure. */
export const limitMinutes = (limit: TimeLimit): number => minutesOf(limit.amount, limit.unit);

export function formatWorkingMinutes(minutes: number, m: Messages = ENGLISH): string {
  const whole = Math.round(minutes);
  const days = Math.floor(whole / MINUTES_PER_WORKING_DAY);
  const hours = Math.floor((whole % MINUTES_PER_WORKING_DAY) / 60);
  const rest = whole % 60;
  const parts = [
    days ? m.span(days, 'working_day') : '',
    hours ? m.span(hours, 'working_hour') : '',
    rest ? m.span(rest, 'minute') : '',
  ].filter(Boolean);
  return parts.length ? parts.join(' ') : m.span(0, 'working_hour');
}

/** A total of step durations in the unit of the limit it is compared with (`12 days`, `1 month 2 working days`). */
export function formatTotal(minutes: number, unit: LimitUnit, m: Messages = ENGLISH): string {
  if (!isCalendarUnit(unit)) return formatWorkingMinutes(minutes, m);
  const size = unit === 'day' ? MINUTES_PER_WORKING_DAY : MINUTES_PER_MONTH;
  const whole = Math.floor(Math.round(minutes) / size);
  const rest = Math.round(minutes) - whole * size;
  return [whole || !rest ? m.span(whole, unit) : '', rest ? formatWorkingMinutes(rest, m) : '']
    .filter(Boolean)
    .join(' ');
}

/**
 * A limit as people read it; a day or month limit compared with working-time steps also says how much working
 * time it holds, unless `inItsUnit` (steps in days or months are compared in days or months).
 */
export function formatLimit(limit: TimeLimit, m: Messages = ENGLISH, inItsUnit = false): string {
  const span = m.span(limit.amount, limit.unit);
  if (!isCalendarUnit(limit.unit) || inItsUnit) return span;
  return m.atMost(span, formatWorkingMinutes(limitMinutes(limit), m));
}

export const formatDuration = (amount: number, unit: LimitUnit, m: Messages = ENGLISH): string =>
  m.span(amount, unit);
