import type { CalendarYear, DayOffKind } from './calendar-year';
import { calendarYearProblems } from './calendar-year.rules';
import { derivedWarning, derivedYear, provisionalWarning } from './derived-year';
import { dayNumberOf, firstDayOfYear, isWeekend, MINUTE_MS } from './local-date';
import { DEFAULT_WORKING_HOURS, shiftMinutes, shiftProblems, type Shift } from './shift';
import { MINUTES_PER_WORKING_DAY } from './time-limit';
import { WorkingTimeTable, type Span } from './working-time-table';
import { scheduleOf, type YearSchedule } from './year-schedule';

export interface WorkingCalendarOptions {
  years: CalendarYear[];
  /** A center's own hours; they replace the hours of every year. */
  workingHours?: Shift[];
  /** Default: the earlier of 2020 and the first year with data. */
  fromYear?: number;
  /** Default: five years after the last year with data. */
  toYear?: number;
}

export interface DayNote {
  reason: string;
  kind: DayOffKind;
}

export interface CalendarParts {
  coverage: { fromYear: number; toYear: number };
  table: WorkingTimeTable;
  notes: Map<number, DayNote>;
  makeUps: Map<number, string>;
  schedules: Map<number, YearSchedule>;
  warnings: string[];
}

export function buildCalendar(options: WorkingCalendarOptions): CalendarParts {
  const byYear = yearsByNumber(options.years);
  if (options.workingHours) assertShifts(options.workingHours);
  const known = [...byYear.keys()];
  const fromYear = options.fromYear ?? Math.min(2020, ...known);
  const toYear = options.toYear ?? Math.max(2020, ...known) + 5;
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || fromYear > toYear || fromYear < 1900) {
    throw new RangeError(`calendar: bad coverage ${fromYear}..${toYear}`);
  }

  const warnings: string[] = [];
  const notes = new Map<number, DayNote>();
  const makeUps = new Map<number, string>();
  const schedules = new Map<number, YearSchedule>();
  const spansByYear: Span[][] = [];
  for (let year = fromYear; year <= toYear; year++) {
    const data = byYear.get(year) ?? derivedYear(year);
    if (!byYear.has(year)) warnings.push(derivedWarning(year));
    else if (data.status === 'provisional') warnings.push(provisionalWarning(year, data.source));
    for (const off of data.daysOff) {
      for (let day = dayNumberOf(off.from)!; day <= dayNumberOf(off.to)!; day++) {
        notes.set(day, { reason: off.name, kind: off.kind });
      }
    }
    for (const made of data.workingDays) makeUps.set(dayNumberOf(made.date)!, made.name);

    const hours = options.workingHours ?? data.workingHours ?? DEFAULT_WORKING_HOURS;
    schedules.set(year, scheduleOf(data, byYear.has(year) ? 'file' : 'derived', hours));
    const shifts = shiftMinutes(hours);
    spansByYear.push(shifts.map(([from, to]) => [from * MINUTE_MS, to * MINUTE_MS] as const));
    const minutes = shifts.reduce((sum, [from, to]) => sum + to - from, 0);
    if (minutes !== MINUTES_PER_WORKING_DAY) {
      warnings.push(
        `calendar ${year}: working hours add up to ${minutes} minutes a day; a working day counts ${MINUTES_PER_WORKING_DAY}`,
      );
    }
  }

  const firstDay = firstDayOfYear(fromYear);
  const dayCount = firstDayOfYear(toYear + 1) - firstDay;
  const working = new Uint8Array(dayCount);
  const yearIndex = new Uint16Array(dayCount);
  for (let i = 0, year = fromYear; i < dayCount; i++) {
    const day = firstDay + i;
    if (day === firstDayOfYear(year + 1)) year++;
    yearIndex[i] = year - fromYear;
    working[i] = !notes.has(day) && (!isWeekend(day) || makeUps.has(day)) ? 1 : 0;
  }
  const table = new WorkingTimeTable(firstDay, dayCount, working, (i) => spansByYear[yearIndex[i]]);
  return { coverage: { fromYear, toYear }, table, notes, makeUps, schedules, warnings };
}

function yearsByNumber(years: CalendarYear[]): Map<number, CalendarYear> {
  const byYear = new Map<number, CalendarYear>();
  for (const data of years) {
    if (byYear.has(data.year)) throw new RangeError(`calendar: two schedules for ${data.year}`);
    const problems = calendarYearProblems(data);
    if (problems.length > 0) {
      throw new RangeError(`calendar ${data.year}: ${problems.map((p) => p.message).join('; ')}`);
    }
    byYear.set(data.year, data);
  }
  return byYear;
}

function assertShifts(shifts: readonly Shift[]): void {
  const problems = shiftProblems(shifts).map((p) => `workingHours[${p.index}].${p.field}: ${p.message}`);
  if (shifts.length === 0) problems.push('workingHours: needs at least one shift');
  if (problems.length > 0) throw new RangeError(`calendar: ${problems.join('; ')}`);
}
