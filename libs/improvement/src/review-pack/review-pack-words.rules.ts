const MINUTES_PER_WORKING_DAY = 480;

const decimal = (n: number): string => (Math.round(n * 10) / 10).toLocaleString('vi-VN');

/** Working minutes as an ISO table writes them: hours below a working day, else working days (8 h each). */
export function workingTime(minutes: number): string {
  if (minutes < MINUTES_PER_WORKING_DAY) return `${decimal(minutes / 60)} giờ`;
  return `${decimal(minutes / MINUTES_PER_WORKING_DAY)} ngày làm việc`;
}

const MINUTES_PER_MONTH = 23 * MINUTES_PER_WORKING_DAY;

/**
 * A span weighed as the loader adds step times against a limit (a calendar day as a working day, a month as 23),
 * written in the limit's unit: working time for a limit in working hours or days, else days or months.
 */
export function spanIn(minutes: number, unit: 'working_hour' | 'working_day' | 'day' | 'month'): string {
  if (unit === 'day') return `${decimal(minutes / MINUTES_PER_WORKING_DAY)} ngày`;
  if (unit === 'month') return `${decimal(minutes / MINUTES_PER_MONTH)} tháng`;
  return workingTime(minutes);
}

/** A share (0–1) as a percentage with one decimal (`41,2 %`). */
export const percent = (share: number): string => `${decimal(share * 100)} %`;

/** A rate already in percent (Decision 766's, 2 decimals), or a dash when there is none. */
export const rate = (value: number | null): string =>
  value === null ? '–' : `${(Math.round(value * 100) / 100).toLocaleString('vi-VN')} %`;
