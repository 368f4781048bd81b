import { VIETNAM_OFFSET_MS, type WorkingCalendar } from '@motcua/calendar';

const DAY_MS = 86_400_000;

/** SQL computing working time on the calendar's table, with the parameters it needs. */
export interface WorkingTimeSql {
  /** Working milliseconds from `start` to `finish` (timestamptz columns), as workingMinutesBetween × 60,000. */
  between(start: string, finish: string): string;
  /** True when `column`'s local day is outside the calendar's coverage (where workingMinutesBetween throws). */
  outside(column: string): string;
  params: number[][];
}

/**
 * The calendar's working-time table handed to PostgreSQL as arrays (`$first`, `$first + 1`, …): the working
 * time before each day and each day's shifts, one pair of arrays per shift of the day (zero-length on a day
 * off). An instant is truncated to the millisecond as a JavaScript Date of it would be, so the elapsed time of
 * each instant, and the difference of two, is the calendar's to the millisecond.
 */
export function workingTimeSql(calendar: WorkingCalendar, first: number): WorkingTimeSql {
  const { firstDay, before, shifts } = calendar.workingTimeDays();
  const slots = Math.max(0, ...shifts.map((s) => s.length));
  const starts = Array.from({ length: slots }, (_, k) => shifts.map((s) => s[k]?.[0] ?? 0));
  const lengths = Array.from({ length: slots }, (_, k) => shifts.map((s) => (s[k] ? s[k][1] - s[k][0] : 0)));
  const param = (n: number) => `$${first + n}::float8[]`;
  const ms = (column: string) => `trunc(date_part('epoch', ${column}) * 1000)`;
  const local = (column: string) => `(${ms(column)} + ${VIETNAM_OFFSET_MS})`;
  const day = (column: string) => `floor(${local(column)} / ${DAY_MS})`;
  const index = (column: string) => `(${day(column)} - ${firstDay - 1})::int`;
  const elapsed = (column: string) => {
    const i = index(column);
    const msOfDay = `(${local(column)} - ${day(column)} * ${DAY_MS})`;
    const inShifts = starts.map(
      (_, k) =>
        ` + greatest(least(${msOfDay} - (${param(1 + 2 * k)})[${i}], (${param(2 + 2 * k)})[${i}]), 0)`,
    );
    return `((${param(0)})[${i}]${inShifts.join('')})`;
  };
  return {
    between: (start, finish) =>
      `CASE WHEN ${ms(finish)} <= ${ms(start)} THEN 0 ELSE ${elapsed(finish)} - ${elapsed(start)} END`,
    outside: (column) => `${index(column)} NOT BETWEEN 1 AND ${shifts.length}`,
    params: [[...before], ...starts.flatMap((s, k) => [s, lengths[k]])],
  };
}
