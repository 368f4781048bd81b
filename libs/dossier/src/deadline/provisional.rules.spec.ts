import { readFileSync } from 'node:fs';
import { type CalendarYear, parseCalendarYear, WorkingCalendar } from '@motcua/calendar';
import { provisionalYearsOf } from './provisional.rules';

const year = (y: number): CalendarYear =>
  parseCalendarYear(readFileSync(`workflows/calendars/${y}.yaml`, 'utf8'), `${y}.yaml`).year!;
const { calendar } = WorkingCalendar.create({
  years: [year(2026), year(2027)],
  fromYear: 2026,
  toYear: 2028,
});
const at = (local: string): Date => new Date(`${local}+07:00`);
const running = {
  clockStartedAt: at('2026-12-28T08:00'),
  stepStartedAt: at('2026-12-28T08:00'),
  dueAt: at('2026-12-30T08:00'),
  stepDueAt: at('2026-12-28T12:00'),
  finishedAt: null,
};

describe('provisionalYearsOf', () => {
  it('is empty for deadlines inside an official year', () => {
    expect(provisionalYearsOf(calendar, running)).toEqual([]);
  });

  it('names the provisional 2027 once the appointment or the step reaches it', () => {
    expect(provisionalYearsOf(calendar, { ...running, dueAt: at('2027-01-05T08:00') })).toEqual([2027]);
    expect(provisionalYearsOf(calendar, { ...running, stepDueAt: at('2027-01-04T08:00') })).toEqual([2027]);
  });

  it('names a year without a file (derived, provisional)', () => {
    expect(
      provisionalYearsOf(calendar, {
        ...running,
        clockStartedAt: at('2028-01-20T08:00'),
        dueAt: at('2028-02-02T08:00'),
      }),
    ).toEqual([2028]);
  });

  it('says nothing of a finished dossier or one without a clock', () => {
    expect(
      provisionalYearsOf(calendar, {
        ...running,
        dueAt: at('2027-01-05T08:00'),
        finishedAt: at('2027-01-04T08:00'),
      }),
    ).toEqual([]);
    expect(
      provisionalYearsOf(calendar, { ...running, clockStartedAt: null, stepStartedAt: null, dueAt: null }),
    ).toEqual([]);
  });
});
