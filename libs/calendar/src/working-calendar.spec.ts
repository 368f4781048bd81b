import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CalendarYear } from './calendar-year';
import { parseCalendarYear } from './calendar-year-parser';
import type { TimeLimit } from './time-limit';
import { parseInstant, toVietnamIso } from './vietnam-time';
import { WorkingCalendar } from './working-calendar';

const shipped = (year: number): CalendarYear => {
  const file = join(__dirname, `../../../workflows/calendars/${year}.yaml`);
  return parseCalendarYear(readFileSync(file, 'utf8'), file).year!;
};
const { calendar, warnings } = WorkingCalendar.create({ years: [shipped(2025), shipped(2026)] });

const at = parseInstant;
const local = (d: Date) => toVietnamIso(d).slice(0, 16);
const due = (received: string, limit: TimeLimit, cutoff?: string | null) =>
  local(calendar.deadline(at(received), limit, cutoff === undefined ? {} : { cutoff }).dueAt);
const start = (received: string, cutoff?: string | null) =>
  local(calendar.clockStart(at(received), cutoff === undefined ? {} : { cutoff }));
const days = (amount: number): TimeLimit => ({ amount, unit: 'working_day' });
const hours = (amount: number): TimeLimit => ({ amount, unit: 'working_hour' });

describe('WorkingCalendar working days', () => {
  it('takes Tết 2026 off, 14–22 February', () => {
    expect(calendar.isWorkingDay('2026-02-13')).toBe(true);
    expect(calendar.isWorkingDay('2026-02-16')).toBe(false);
    expect(calendar.isWorkingDay('2026-02-20')).toBe(false);
    expect(calendar.isWorkingDay('2026-02-23')).toBe(true);
  });

  it('takes the compensatory Monday 27 April 2026 and Vietnamese Culture Day 24 November 2026 off', () => {
    expect(calendar.isWorkingDay('2026-04-27')).toBe(false);
    expect(calendar.isWorkingDay('2026-11-24')).toBe(false);
    expect(calendar.isWorkingDay('2026-11-25')).toBe(true);
  });

  it('works the 2025 make-up Saturday 26 April and takes Friday 2 May off', () => {
    expect(calendar.isWorkingDay('2025-04-26')).toBe(true);
    expect(calendar.isWorkingDay('2025-05-02')).toBe(false);
    expect(due('2025-04-25T13:00', days(1))).toBe('2025-04-26T11:30');
  });

  it('is open only during the shifts, half-open', () => {
    expect(calendar.isWorkingTime(at('2026-02-23T07:30'))).toBe(true);
    expect(calendar.isWorkingTime(at('2026-02-23T11:30'))).toBe(false);
    expect(calendar.isWorkingTime(at('2026-02-23T12:59:59'))).toBe(false);
    expect(calendar.isWorkingTime(at('2026-02-23T16:59'))).toBe(true);
    expect(calendar.isWorkingTime(at('2026-02-23T17:00'))).toBe(false);
    expect(calendar.isWorkingTime(at('2026-02-21T09:00'))).toBe(false);
  });

  it('lists the days off of a year, weekends on request', () => {
    const off = calendar.nonWorkingDays(2026);
    expect(off.map((d) => d.date)).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-27',
      '2026-04-30',
      '2026-05-01',
      '2026-08-31',
      '2026-09-01',
      '2026-09-02',
      '2026-11-24',
    ]);
    expect(off[7]).toEqual({
      date: '2026-04-27',
      weekday: 'Thứ Hai',
      reason: 'Nghỉ bù Giỗ Tổ Hùng Vương',
      kind: 'compensatory',
    });
    const all = calendar.nonWorkingDays(2026, { weekends: true });
    // 104 Saturdays and Sundays less the make-up Saturday 10 January, and 14 weekdays off.
    expect(all).toHaveLength(104 - 1 + 14);
    expect(calendar.makeUpDays(2026)).toEqual([
      { date: '2026-01-10', weekday: 'Thứ Bảy', reason: 'Làm bù cho thứ Sáu 2/1' },
    ]);
    expect(all.find((d) => d.date === '2026-02-14')).toMatchObject({
      kind: 'holiday',
      reason: 'Tết Nguyên đán Bính Ngọ',
    });
    expect(all.find((d) => d.date === '2026-03-07')).toMatchObject({ kind: 'weekend', weekday: 'Thứ Bảy' });
    expect(calendar.nonWorkingDays(2025).find((d) => d.date === '2025-05-02')?.kind).toBe('swap');
    expect(calendar.makeUpDays(2025)).toEqual([
      { date: '2025-04-26', weekday: 'Thứ Bảy', reason: 'Làm bù cho thứ Sáu 2/5' },
    ]);
  });
});

describe('WorkingCalendar clock start', () => {
  it('starts at receipt during working time, up to the cut-off included', () => {
    expect(start('2026-03-02T14:59')).toBe('2026-03-02T14:59');
    expect(start('2026-03-02T15:00')).toBe('2026-03-02T15:00');
    expect(start('2026-03-02T15:01')).toBe('2026-03-03T07:30');
  });

  it('has no cut-off when it is null, and honours another one', () => {
    expect(start('2026-03-02T15:01', null)).toBe('2026-03-02T15:01');
    expect(start('2026-03-02T16:30', '16:00')).toBe('2026-03-03T07:30');
    expect(start('2026-03-02T15:30', '16:00')).toBe('2026-03-02T15:30');
    expect(() => start('2026-03-02T15:30', '3pm')).toThrow(/cut-off '3pm'/);
  });

  it('starts at the next opening outside working time', () => {
    expect(start('2026-03-02T12:00')).toBe('2026-03-02T13:00');
    expect(start('2026-03-02T06:00')).toBe('2026-03-02T07:30');
    expect(start('2026-03-02T22:00', null)).toBe('2026-03-03T07:30');
    expect(start('2026-03-07T10:00')).toBe('2026-03-09T07:30');
    expect(start('2026-03-08T10:00')).toBe('2026-03-09T07:30');
    expect(start('2026-02-13T16:00')).toBe('2026-02-23T07:30');
  });
});

describe('WorkingCalendar working-unit limits', () => {
  it('is due when the working time is used up, not at the next opening', () => {
    expect(due('2026-03-02T07:30', days(1))).toBe('2026-03-02T17:00');
    expect(due('2026-03-02T07:30', hours(4))).toBe('2026-03-02T11:30');
    expect(due('2026-03-02T07:30', hours(4.5))).toBe('2026-03-02T13:30');
  });

  it('crosses lunch and nights', () => {
    expect(due('2026-03-02T10:00', hours(2))).toBe('2026-03-02T13:30');
    expect(due('2026-03-02T15:00', hours(3))).toBe('2026-03-03T08:30');
    expect(due('2026-03-06T14:30', hours(3))).toBe('2026-03-09T08:00');
  });

  it('crosses Tết 2026', () => {
    expect(due('2026-02-13T14:00', days(1))).toBe('2026-02-23T14:00');
    expect(due('2026-02-12T07:30', days(3))).toBe('2026-02-23T17:00');
    expect(due('2026-02-12T10:00', days(3))).toBe('2026-02-24T10:00');
  });

  it('crosses the compensatory day and 24 November 2026', () => {
    expect(due('2026-04-24T13:00', days(1))).toBe('2026-04-28T11:30');
    expect(due('2026-11-23T13:00', days(1))).toBe('2026-11-25T11:30');
  });

  it('crosses the year boundary, where Fri 2 Jan 2026 is off and Sat 10 Jan 2026 is worked', () => {
    expect(due('2025-12-31T10:00', days(1))).toBe('2026-01-05T10:00');
    expect(calendar.workingMinutesBetween(at('2025-12-31T10:00'), at('2026-01-05T10:00'))).toBe(480);
    expect(calendar.isWorkingDay('2026-01-10')).toBe(true);
    expect(due('2026-01-09T13:00', days(1))).toBe('2026-01-10T11:30');
  });

  it('moves to the close of that working day on request', () => {
    expect(due('2026-03-02T08:00', { amount: 2, unit: 'working_hour', dueAtClose: true })).toBe(
      '2026-03-02T17:00',
    );
    expect(due('2026-03-02T08:00', { amount: 0, unit: 'working_day', dueAtClose: true })).toBe(
      '2026-03-02T17:00',
    );
    expect(due('2026-03-02T16:00', { amount: 2, unit: 'working_hour', dueAtClose: true })).toBe(
      '2026-03-03T17:00',
    );
  });

  it('is the clock start itself for an amount of 0', () => {
    expect(due('2026-03-02T12:10', hours(0))).toBe('2026-03-02T13:00');
  });

  it('counts the procedure of the domain: 8 working days, step by step', () => {
    const steps = [0.5, 4.5, 1.5, 1, 0.5, 0];
    let t = calendar.clockStart(at('2026-02-10T09:00'));
    for (const step of steps) t = calendar.dueAt(t, days(step));
    expect(local(t)).toBe(due('2026-02-10T09:00', days(8)));
    expect(local(t)).toBe('2026-02-27T09:00');
  });
});

describe('WorkingCalendar calendar-time limits', () => {
  const calendarDays = (amount: number): TimeLimit => ({ amount, unit: 'day' });
  const months = (amount: number): TimeLimit => ({ amount, unit: 'month' });

  it('ends at the close of business of the last day', () => {
    expect(due('2026-03-02T09:00', calendarDays(3))).toBe('2026-03-05T17:00');
    expect(due('2026-03-02T16:00', calendarDays(3))).toBe('2026-03-06T17:00');
  });

  it('moves a last day on a weekend or a holiday to the close of the next working day', () => {
    expect(due('2026-03-02T09:00', calendarDays(5))).toBe('2026-03-09T17:00');
    expect(due('2026-02-09T09:00', calendarDays(7))).toBe('2026-02-23T17:00');
    expect(due('2026-04-23T09:00', calendarDays(4))).toBe('2026-04-28T17:00');
  });

  it('ends a month period on the corresponding day, or the last day of a shorter month', () => {
    expect(due('2026-03-16T09:00', months(1))).toBe('2026-04-16T17:00');
    expect(due('2026-01-30T09:00', months(1))).toBe('2026-03-02T17:00');
    expect(due('2025-12-31T09:00', months(2))).toBe('2026-03-02T17:00');
    expect(due('2026-03-31T09:00', months(1))).toBe('2026-05-04T17:00'); // 30/4, 1/5 and a weekend
    expect(due('2024-01-31T09:00', months(1))).toBe('2024-02-29T17:00');
  });

  it('wants whole numbers of days and months', () => {
    expect(() => due('2026-03-02T09:00', calendarDays(1.5))).toThrow(RangeError);
    expect(() => due('2026-03-02T09:00', months(-1))).toThrow(RangeError);
  });
});

describe('WorkingCalendar elapsed working time', () => {
  it('counts working minutes in [from, to)', () => {
    expect(calendar.workingMinutesBetween(at('2026-03-02T07:30'), at('2026-03-02T17:00'))).toBe(480);
    expect(calendar.workingMinutesBetween(at('2026-03-02T11:00'), at('2026-03-02T13:30'))).toBe(60);
    expect(calendar.workingMinutesBetween(at('2026-02-13T16:00'), at('2026-02-23T08:00'))).toBe(90);
    expect(calendar.workingMinutesBetween(at('2026-03-02T13:30'), at('2026-03-02T11:00'))).toBe(0);
    expect(calendar.workingMinutesBetween(at('2026-03-02T08:00'), at('2026-03-02T08:00:30'))).toBe(0.5);
  });

  it('adds working minutes from outside working time', () => {
    expect(local(calendar.addWorkingMinutes(at('2026-03-07T10:00'), 30))).toBe('2026-03-09T08:00');
    expect(local(calendar.addWorkingMinutes(at('2026-03-02T12:00'), 0))).toBe('2026-03-02T12:00');
    expect(() => calendar.addWorkingMinutes(at('2026-03-02T12:00'), -1)).toThrow(RangeError);
  });

  it('closes the day at 17:00, or the next working day when not in one', () => {
    expect(local(calendar.closeOfDay(at('2026-03-02T08:00')))).toBe('2026-03-02T17:00');
    expect(local(calendar.closeOfDay(at('2026-02-14T08:00')))).toBe('2026-02-23T17:00');
  });
});

describe('WorkingCalendar coverage', () => {
  it('covers 2020 to five years past the last schedule, warning for each year without one', () => {
    expect(calendar.coverage).toEqual({ fromYear: 2020, toYear: 2031 });
    const years = [2020, 2021, 2022, 2023, 2024, 2027, 2028, 2029, 2030, 2031];
    expect(warnings).toHaveLength(years.length);
    years.forEach((year, i) => expect(warnings[i]).toContain(`calendar ${year}:`));
    expect(warnings[0]).toMatch(
      /^calendar 2020: no schedule file; derived .* \(Tết 2020-01-25, Hùng Kings 2020-04-02/,
    );
    expect(warnings[0]).toContain('PROVISIONAL');
  });

  it('refuses instants and dates outside it', () => {
    expect(() => calendar.clockStart(at('2032-01-05T09:00'))).toThrow(
      /outside the calendar's coverage \(2020–2031\)/,
    );
    expect(() => calendar.isWorkingDay('2019-12-31')).toThrow(RangeError);
    expect(() => calendar.nonWorkingDays(2032)).toThrow(RangeError);
    expect(() => calendar.dueAt(at('2031-12-30T09:00'), { amount: 5, unit: 'working_day' })).toThrow(
      RangeError,
    );
    expect(() => calendar.dueAt(at('2031-12-30T09:00'), { amount: 1, unit: 'month' })).toThrow(RangeError);
    expect(() => calendar.isWorkingTime(new Date(Number.NaN))).toThrow(/invalid date/);
  });
});
