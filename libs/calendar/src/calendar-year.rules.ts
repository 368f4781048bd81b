import { messagesFor, type Messages } from '@motcua/source';
import type { CalendarYear } from './calendar-year';
import { dateOfDayNumber, dayNumberOf, isWeekend, yearOfDayNumber } from './local-date';
import { shiftProblems } from './shift';

export interface CalendarYearProblem {
  path: (string | number)[];
  message: string;
}

/**
 * The checks a year's schedule must pass beyond its shape. `fieldOf` names the field a day off's bounds
 * were written in (a file writes a single day as `date`).
 */
export function calendarYearProblems(
  data: CalendarYear,
  fieldOf: (index: number, bound: 'from' | 'to') => string = (_index, bound) => bound,
  m: Messages = messagesFor('en'),
): CalendarYearProblem[] {
  const problems: CalendarYearProblem[] = [];
  const report = (path: (string | number)[], message: string) => problems.push({ path, message });
  const where = (path: (string | number)[]) =>
    path.reduce<string>(
      (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part),
      '',
    );

  const dayIn = (path: (string | number)[], date: string): number | undefined => {
    const day = dayNumberOf(date);
    if (day === undefined) report(path, m.notADate(where(path), date));
    else if (yearOfDayNumber(day) !== data.year) report(path, m.notInYear(where(path), date, data.year));
    else return day;
    return undefined;
  };

  const offBy = new Map<number, number>();
  data.daysOff.forEach((off, i) => {
    const from = dayIn(['daysOff', i, fieldOf(i, 'from')], off.from);
    const to =
      fieldOf(i, 'to') === fieldOf(i, 'from') ? from : dayIn(['daysOff', i, fieldOf(i, 'to')], off.to);
    if (from === undefined || to === undefined) return;
    if (from > to) return report(['daysOff', i, 'to'], m.dayOffEnds(i, off.to, off.from));
    for (let day = from; day <= to; day++) {
      const other = offBy.get(day);
      if (other !== undefined) {
        return report(['daysOff', i, fieldOf(i, 'from')], m.dayOffTwice(i, dateOfDayNumber(day), other));
      }
      offBy.set(day, i);
    }
  });

  const workingBy = new Map<number, number>();
  data.workingDays.forEach((made, i) => {
    const path = ['workingDays', i, 'date'];
    const day = dayIn(path, made.date);
    if (day === undefined) return;
    const off = offBy.get(day);
    if (off !== undefined) report(path, m.workingAndOff(where(path), made.date, off));
    else if (workingBy.has(day)) report(path, m.listedTwice(where(path), made.date));
    else if (!isWeekend(day)) report(path, m.weekdayAlready(where(path), made.date));
    workingBy.set(day, i);
  });

  for (const p of shiftProblems(data.workingHours ?? [], m)) {
    report(['workingHours', p.index, p.field], `workingHours[${p.index}].${p.field}: ${p.message}`);
  }
  if (data.workingHours?.length === 0) report(['workingHours'], m.needsShift());
  return problems;
}
