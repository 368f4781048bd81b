const MINUTES_PER_WORKING_DAY = 480;

const decimal = (n: number): string => (Math.round(n * 10) / 10).toLocaleString('vi-VN');

/** Working minutes as an ISO table writes them: hours below a working day, else working days (8 h each). */
export function workingTime(minutes: number): string {
  if (minutes < MINUTES_PER_WORKING_DAY) return `${decimal(minutes / 60)} giờ`;
  return `${decimal(minutes / MINUTES_PER_WORKING_DAY)} ngày làm việc`;
}

/** A share (0–1) as a percentage with one decimal (`41,2 %`). */
export const percent = (share: number): string => `${decimal(share * 100)} %`;

/** A rate already in percent (Decision 766's, 2 decimals), or a dash when there is none. */
export const rate = (value: number | null): string =>
  value === null ? '–' : `${(Math.round(value * 100) / 100).toLocaleString('vi-VN')} %`;
