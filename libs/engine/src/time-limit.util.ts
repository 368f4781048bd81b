import type { LimitUnit, TimeLimit, WorkingUnit } from '@motcua/calendar';

export const WORKING_UNITS: readonly WorkingUnit[] = ['working_hour', 'working_day'];
export const LIMIT_UNITS: readonly LimitUnit[] = ['working_hour', 'working_day', 'day', 'month'];

const MINUTES_PER_WORKING_DAY = 480;
/** Working days a `month` limit may hold when compared with step durations. */
export const WORKING_DAYS_PER_MONTH = 23;

// Unlike the calendar's `workingMinutes` this never throws: validation reports fractions of a minute itself.
export const minutesOf = (amount: number, unit: WorkingUnit): number =>
  amount * (unit === 'working_day' ? MINUTES_PER_WORKING_DAY : 60);

export const isWholeMinutes = (amount: number, unit: WorkingUnit): boolean => {
  const minutes = minutesOf(amount, unit);
  return Math.abs(minutes - Math.round(minutes)) < 1e-9;
};

/** The working time a statutory limit allows for the steps of a procedure. */
export function limitMinutes(limit: TimeLimit): number {
  switch (limit.unit) {
    case 'working_hour':
    case 'working_day':
      return minutesOf(limit.amount, limit.unit);
    case 'day':
      return limit.amount * MINUTES_PER_WORKING_DAY;
    case 'month':
      return limit.amount * WORKING_DAYS_PER_MONTH * MINUTES_PER_WORKING_DAY;
  }
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatWorkingMinutes(minutes: number): string {
  const whole = Math.round(minutes);
  const days = Math.floor(whole / MINUTES_PER_WORKING_DAY);
  const hours = Math.floor((whole % MINUTES_PER_WORKING_DAY) / 60);
  const rest = whole % 60;
  const parts = [
    days ? plural(days, 'working day') : '',
    hours ? plural(hours, 'working hour') : '',
    rest ? plural(rest, 'minute') : '',
  ].filter(Boolean);
  return parts.length ? parts.join(' ') : '0 working hours';
}

export function formatLimit(limit: TimeLimit): string {
  switch (limit.unit) {
    case 'working_hour':
      return plural(limit.amount, 'working hour');
    case 'working_day':
      return plural(limit.amount, 'working day');
    case 'day':
    case 'month':
      return `${plural(limit.amount, limit.unit)} (at most ${formatWorkingMinutes(limitMinutes(limit))})`;
  }
}

export const formatDuration = (amount: number, unit: WorkingUnit): string =>
  plural(amount, unit === 'working_day' ? 'working day' : 'working hour');
