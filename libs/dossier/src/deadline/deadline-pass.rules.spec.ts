import { readFileSync } from 'node:fs';
import { type CalendarYear, parseCalendarYear, WorkingCalendar } from '@motcua/calendar';
import { DEADLINE_RULES_REVISION, plannedOn } from './deadline-pass.rules';

const year = (y: number): CalendarYear =>
  parseCalendarYear(readFileSync(`workflows/calendars/${y}.yaml`, 'utf8'), `${y}.yaml`).year!;
const calendarOf = (years: CalendarYear[]) =>
  WorkingCalendar.create({ years, fromYear: 2026, toYear: 2028 }).calendar;

describe('plannedOn', () => {
  it('is the same for two calendars built from the same files', () => {
    expect(plannedOn(calendarOf([year(2026), year(2027)]))).toBe(
      plannedOn(calendarOf([year(2026), year(2027)])),
    );
  });

  it('names the rules revision and every covered year', () => {
    const key = plannedOn(calendarOf([year(2026), year(2027)]));
    expect(key.startsWith(`rules:${DEADLINE_RULES_REVISION} `)).toBe(true);
    expect(key).toMatch(/ 2026:[0-9a-f]{8} 2027:[0-9a-f]{8} 2028:[0-9a-f]{8}$/);
  });

  it('changes when a year file arrives where the year was derived', () => {
    expect(plannedOn(calendarOf([year(2026)]))).not.toBe(plannedOn(calendarOf([year(2026), year(2027)])));
  });

  it('changes when a day off is added to a year', () => {
    const edited = year(2026);
    const moved = {
      ...edited,
      daysOff: [...edited.daysOff, { ...edited.daysOff[0], from: '2026-06-15', to: '2026-06-15' }],
    };
    expect(plannedOn(calendarOf([moved, year(2027)]))).not.toBe(
      plannedOn(calendarOf([year(2026), year(2027)])),
    );
  });
});
