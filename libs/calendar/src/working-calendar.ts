import type { DayOffKind } from './calendar-year';
import {
  addMonths,
  dateOfDayNumber,
  dayNumberOf,
  firstDayOfYear,
  isWeekend,
  MINUTE_MS,
  minutesOfClock,
  weekdayName,
} from './local-date';
import { isWorkingUnit, workingMinutes, type TimeLimit } from './time-limit';
import { localDayOf, toVietnamIso } from './vietnam-time';
import { buildCalendar, type DayNote, type WorkingCalendarOptions } from './working-calendar-builder';
import type { WorkingTimeTable } from './working-time-table';
import type { YearSchedule } from './year-schedule';

export type { WorkingCalendarOptions } from './working-calendar-builder';

/** Paper dossiers received after this local time count from the next working day (configurable). */
export const DEFAULT_CUTOFF = '15:00';

export type NonWorkingKind = 'weekend' | DayOffKind;

export interface NonWorkingDay {
  date: string;
  weekday: string;
  reason: string;
  kind: NonWorkingKind;
}

export interface ClockOptions {
  /** `HH:MM`; null: no cut-off; absent: DEFAULT_CUTOFF. */
  cutoff?: string | null;
}

/** Working time in Vietnam local time (UTC+07:00) over a fixed range of years. */
export class WorkingCalendar {
  private constructor(
    readonly coverage: { fromYear: number; toYear: number },
    private readonly table: WorkingTimeTable,
    private readonly notes: Map<number, DayNote>,
    private readonly makeUps: Map<number, string>,
    private readonly yearSchedules: Map<number, YearSchedule>,
  ) {}

  static create(options: WorkingCalendarOptions): { calendar: WorkingCalendar; warnings: string[] } {
    const { coverage, table, notes, makeUps, schedules, warnings } = buildCalendar(options);
    return { calendar: new WorkingCalendar(coverage, table, notes, makeUps, schedules), warnings };
  }

  /** Every covered year's schedule: its status, origin and fingerprint. */
  schedules(): YearSchedule[] {
    return [...this.yearSchedules.values()];
  }

  schedule(year: number): YearSchedule {
    this.yearStart(year);
    return this.yearSchedules.get(year)!;
  }

  /** The years from `from`'s local date to `to`'s (either order), clamped to the coverage. */
  yearsBetween(from: Date, to: Date): number[] {
    const yearOf = (at: Date) => Number(toVietnamIso(at).slice(0, 4));
    const [a, b] = [yearOf(from), yearOf(to)].sort((x, y) => x - y);
    const years: number[] = [];
    for (let y = Math.max(a, this.coverage.fromYear); y <= Math.min(b, this.coverage.toYear); y++)
      years.push(y);
    return years;
  }

  /**
   * The provisional years a span of time reaches (from a clock start to a due instant): a deadline computed
   * across one of them may move when the government's notice is published.
   */
  provisionalYears(from: Date, to: Date): number[] {
    return this.yearsBetween(from, to).filter((y) => this.yearSchedules.get(y)!.status === 'provisional');
  }

  isWorkingDay(date: string): boolean {
    return this.table.isWorkingDay(this.dayIndexOfDate(date));
  }

  isWorkingTime(at: Date): boolean {
    return this.table.isWorkingTime(this.ms(at));
  }

  clockStart(receivedAt: Date, options: ClockOptions = {}): Date {
    const ms = this.ms(receivedAt);
    const cutoff = cutoffMinutes(options.cutoff === undefined ? DEFAULT_CUTOFF : options.cutoff);
    const day = this.table.dayIndexOf(ms);
    const afterCutoff =
      cutoff !== null && this.table.isWorkingDay(day) && localDayOf(ms).msOfDay > cutoff * MINUTE_MS;
    if (!afterCutoff) return this.date(this.table.nextOpening(ms), receivedAt);
    const next = this.table.workingDayFrom(day + 1);
    return this.date(next === undefined ? undefined : this.table.opening(next), receivedAt);
  }

  addWorkingMinutes(from: Date, minutes: number): Date {
    const ms = this.ms(from);
    if (!Number.isFinite(minutes) || minutes < 0) {
      throw new RangeError(`working minutes must be >= 0, got ${minutes}`);
    }
    if (minutes === 0) return new Date(ms);
    return this.date(this.table.instantAt(this.table.elapsed(ms) + Math.round(minutes * MINUTE_MS)), from);
  }

  workingMinutesBetween(from: Date, to: Date): number {
    const [a, b] = [this.ms(from), this.ms(to)];
    return b <= a ? 0 : (this.table.elapsed(b) - this.table.elapsed(a)) / MINUTE_MS;
  }

  /** The working-time table as data (see WorkingTimeTable.days): local day numbers, milliseconds after midnight. */
  workingTimeDays(): ReturnType<WorkingTimeTable['days']> {
    return this.table.days();
  }

  closeOfDay(at: Date): Date {
    const day = this.table.dayIndexOf(this.ms(at));
    return this.date(this.closeFrom(day), at);
  }

  dueAt(clockStart: Date, limit: TimeLimit): Date {
    if (isWorkingUnit(limit.unit)) {
      const due = this.addWorkingMinutes(clockStart, workingMinutes(limit.amount, limit.unit));
      return limit.dueAtClose ? this.closeOfDay(due) : due;
    }
    if (!Number.isInteger(limit.amount) || limit.amount < 0) {
      throw new RangeError(`time limit: ${limit.amount} ${limit.unit} must be a whole number >= 0`);
    }
    if (limit.unit !== 'day' && limit.unit !== 'month') {
      throw new RangeError(`time limit: unknown unit '${String(limit.unit)}'`);
    }
    const start = this.table.dayIndexOf(this.ms(clockStart)) + this.table.firstDay;
    const last = limit.unit === 'day' ? start + limit.amount : addMonths(start, limit.amount);
    return this.date(this.closeFrom(last - this.table.firstDay), clockStart);
  }

  deadline(
    receivedAt: Date,
    limit: TimeLimit,
    options: ClockOptions = {},
  ): { receivedAt: Date; clockStartsAt: Date; dueAt: Date } {
    const clockStartsAt = this.clockStart(receivedAt, options);
    return { receivedAt, clockStartsAt, dueAt: this.dueAt(clockStartsAt, limit) };
  }

  /** Days off of a year that would otherwise be working days; with `weekends`, every non-working day. */
  nonWorkingDays(year: number, options: { weekends?: boolean } = {}): NonWorkingDay[] {
    const days: NonWorkingDay[] = [];
    for (let day = this.yearStart(year); day < firstDayOfYear(year + 1); day++) {
      if (this.table.isWorkingDay(day - this.table.firstDay)) continue;
      const note = this.notes.get(day);
      if (!note && !options.weekends) continue;
      if (note && isWeekend(day) && !options.weekends) continue;
      const { reason, kind } = note ?? { reason: 'Nghỉ cuối tuần', kind: 'weekend' as const };
      days.push({ date: dateOfDayNumber(day), weekday: weekdayName(day), reason, kind });
    }
    return days;
  }

  /** Make-up working days (usually Saturdays) of a year. */
  makeUpDays(year: number): { date: string; weekday: string; reason: string }[] {
    const days: { date: string; weekday: string; reason: string }[] = [];
    for (let day = this.yearStart(year); day < firstDayOfYear(year + 1); day++) {
      const reason = this.makeUps.get(day);
      if (reason !== undefined) days.push({ date: dateOfDayNumber(day), weekday: weekdayName(day), reason });
    }
    return days;
  }

  private closeFrom(dayIndex: number): number | undefined {
    const day = dayIndex < this.table.dayCount ? this.table.workingDayFrom(dayIndex) : undefined;
    return day === undefined ? undefined : this.table.close(day);
  }

  private dayIndexOfDate(date: string): number {
    const day = dayNumberOf(date);
    if (day === undefined) throw new RangeError(`calendar: '${date}' is not a date yyyy-mm-dd`);
    if (day < this.table.firstDay || day >= this.table.firstDay + this.table.dayCount) {
      throw this.outside(date);
    }
    return day - this.table.firstDay;
  }

  private yearStart(year: number): number {
    if (!Number.isInteger(year) || year < this.coverage.fromYear || year > this.coverage.toYear) {
      throw this.outside(`year ${year}`);
    }
    return firstDayOfYear(year);
  }

  private ms(at: Date): number {
    const ms = at.getTime();
    if (Number.isNaN(ms)) throw new RangeError('calendar: invalid date');
    const day = this.table.dayIndexOf(ms);
    if (day < 0 || day >= this.table.dayCount) throw this.outside(toVietnamIso(at));
    return ms;
  }

  private date(ms: number | undefined, asked: Date): Date {
    if (ms === undefined) throw this.outside(`the working time needed from ${toVietnamIso(asked)}`);
    return new Date(ms);
  }

  private outside(what: string): RangeError {
    const { fromYear, toYear } = this.coverage;
    return new RangeError(
      `${what} is outside the calendar's coverage (${fromYear}–${toYear}); ` +
        'add the years to workflows/calendars or widen fromYear/toYear',
    );
  }
}

function cutoffMinutes(cutoff: string | null): number | null {
  if (cutoff === null) return null;
  const minutes = minutesOfClock(cutoff);
  if (minutes === undefined) throw new RangeError(`calendar: cut-off '${cutoff}' is not a time HH:MM`);
  return minutes;
}
