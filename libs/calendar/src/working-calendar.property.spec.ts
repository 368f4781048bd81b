import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CalendarYear } from './calendar-year';
import { parseCalendarYear } from './calendar-year-parser';
import type { TimeLimit } from './time-limit';
import { WorkingCalendar } from './working-calendar';

const shipped = (year: number): CalendarYear => {
  const file = join(__dirname, `../../../workflows/calendars/${year}.yaml`);
  return parseCalendarYear(readFileSync(file, 'utf8'), file).year!;
};
const { calendar } = WorkingCalendar.create({ years: [shipped(2025), shipped(2026)] });

const FROM = Date.parse('2025-01-01T00:00:00+07:00');
const TO = Date.parse('2026-12-01T00:00:00+07:00');
const MINUTE = 60_000;

const instant = fc.integer({ min: FROM, max: TO }).map((ms) => new Date(ms));
const minuteInstant = fc.integer({ min: FROM / MINUTE, max: TO / MINUTE }).map((m) => new Date(m * MINUTE));
const cutoff = fc.constantFrom<string | null | undefined>(undefined, null, '15:00', '11:00', '16:30');
const workingLimit = fc.record({
  amount: fc.integer({ min: 1, max: 160 }).map((quarters) => quarters / 4),
  unit: fc.constantFrom('working_hour' as const, 'working_day' as const),
  dueAtClose: fc.boolean(),
});
const anyLimit: fc.Arbitrary<TimeLimit> = fc.oneof(
  workingLimit,
  fc.record({ amount: fc.integer({ min: 0, max: 90 }), unit: fc.constant('day' as const) }),
  fc.record({ amount: fc.integer({ min: 0, max: 6 }), unit: fc.constant('month' as const) }),
);

describe('WorkingCalendar properties', () => {
  it('measures back the working minutes it adds', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 20 * 480 }), (from, minutes) => {
        expect(calendar.workingMinutesBetween(from, calendar.addWorkingMinutes(from, minutes))).toBe(minutes);
      }),
    );
  });

  it('is due inside a shift or exactly at its end, never in lunch, at night or on a day off', () => {
    fc.assert(
      fc.property(instant, workingLimit, cutoff, (received, limit, cut) => {
        const { dueAt } = calendar.deadline(received, limit, { cutoff: cut });
        expect(calendar.isWorkingTime(new Date(dueAt.getTime() - 1))).toBe(true);
        if (limit.dueAtClose) expect(calendar.isWorkingTime(dueAt)).toBe(false);
      }),
    );
  });

  it('never falls due earlier for a later receipt', () => {
    fc.assert(
      fc.property(instant, instant, anyLimit, cutoff, (a, b, limit, cut) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const options = { cutoff: cut };
        expect(calendar.deadline(early, limit, options).dueAt.getTime()).toBeLessThanOrEqual(
          calendar.deadline(late, limit, options).dueAt.getTime(),
        );
      }),
    );
  });

  it('adds up elapsed working time over consecutive intervals', () => {
    fc.assert(
      fc.property(minuteInstant, minuteInstant, minuteInstant, (x, y, z) => {
        const [a, b, c] = [x, y, z].sort((p, q) => p.getTime() - q.getTime());
        expect(calendar.workingMinutesBetween(a, b) + calendar.workingMinutesBetween(b, c)).toBe(
          calendar.workingMinutesBetween(a, c),
        );
      }),
    );
  });

  it('agrees with counting working time minute by minute', () => {
    const span = fc.integer({ min: 0, max: 4 * 24 * 60 });
    fc.assert(
      fc.property(minuteInstant, span, (from, length) => {
        let counted = 0;
        for (let m = 0; m < length; m++) {
          if (calendar.isWorkingTime(new Date(from.getTime() + m * MINUTE))) counted++;
        }
        expect(calendar.workingMinutesBetween(from, new Date(from.getTime() + length * MINUTE))).toBe(
          counted,
        );
      }),
      { numRuns: 50 },
    );
  });
});
