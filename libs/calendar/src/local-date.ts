export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Days since 1970-01-01 of a `yyyy-mm-dd` date (1900 or later), or undefined when it is not a real date. */
export function dayNumberOf(date: string): number | undefined {
  const m = DATE.exec(date);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function dateOfDayNumber(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

export const yearOfDayNumber = (dayNumber: number): number => new Date(dayNumber * DAY_MS).getUTCFullYear();

export const firstDayOfYear = (year: number): number => Date.UTC(year, 0, 1) / DAY_MS;

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export const weekdayOf = (dayNumber: number): number => (((dayNumber + 4) % 7) + 7) % 7;

export const isWeekend = (dayNumber: number): boolean => weekdayOf(dayNumber) % 6 === 0;

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

export const weekdayName = (dayNumber: number): string => WEEKDAYS[weekdayOf(dayNumber)];

export const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Civil Code 2015 art. 148: the corresponding day of the last month, or its last day when it has none. */
export function addMonths(dayNumber: number, months: number): number {
  const start = new Date(dayNumber * DAY_MS);
  const monthIndex = start.getUTCMonth() + months;
  const year = start.getUTCFullYear() + Math.floor(monthIndex / 12);
  const month = (((monthIndex % 12) + 12) % 12) + 1;
  const day = Math.min(start.getUTCDate(), daysInMonth(year, month));
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** Minutes after midnight of an `HH:MM` clock time, or undefined when malformed. */
export function minutesOfClock(clock: string): number | undefined {
  const m = CLOCK.exec(clock);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}
