import { readFileSync } from 'node:fs';
import { type CalendarYear, parseCalendarYear, WorkingCalendar } from '@motcua/calendar';
import { decision766Timeliness, decreeTimeliness, type TimelinessInput } from './dossier-timeliness.rules';

const year = (y: number): CalendarYear =>
  parseCalendarYear(readFileSync(`workflows/calendars/${y}.yaml`, 'utf8'), `${y}.yaml`).year!;
const calendar = WorkingCalendar.create({
  years: [year(2025), year(2026)],
  fromYear: 2025,
  toYear: 2027,
}).calendar;
const at = (local: string): Date => new Date(`${local}+07:00`);

// A 3-working-day dossier from Mon 2 Nov 2026 07:30 (due Wed 4 Nov 17:00), paused Mon 13:00 to Fri 6 Nov 13:00
// for a supplement; under the Decree its clock restarts Fri 13:00 and it is due Wed 11 Nov 11:30.
const base: TimelinessInput = {
  firstClockStartedAt: at('2026-11-02T07:30:00'),
  firstDueAt: at('2026-11-04T17:00:00'),
  clockStartedAt: at('2026-11-06T13:00:00'),
  dueAt: at('2026-11-11T11:30:00'),
  dueBeforeExtension: null,
  pauses: [{ startedAt: at('2026-11-02T13:00:00'), endedAt: at('2026-11-06T13:00:00') }],
  finishedAt: null,
};

describe('timeliness under the Decree (restart) and Decision 766 (subtract the wait)', () => {
  it('judges a pending dossier against the appointment in force, and by used working time', () => {
    const now = at('2026-11-09T09:00:00');
    expect(decreeTimeliness(calendar, base, now)).toEqual({
      status: 'within_deadline',
      usedMinutes: 240 + 90,
      allowedMinutes: 3 * 480,
    });
    // 766: Monday morning (4 h) before the pause, Friday afternoon and Monday to 09:00 after it.
    expect(decision766Timeliness(calendar, base, now)).toEqual({
      status: 'within_deadline',
      usedMinutes: 240 + 240 + 90,
      allowedMinutes: 3 * 480,
    });
  });

  it('can differ: on time under the Decree, late under Decision 766', () => {
    const finished = { ...base, finishedAt: at('2026-11-11T10:00:00') };
    expect(decreeTimeliness(calendar, finished, finished.finishedAt).status).toBe('on_time');
    const verdict = decision766Timeliness(calendar, finished, finished.finishedAt);
    expect(verdict.usedMinutes).toBe(240 + 240 + 480 + 480 + 150);
    expect(verdict.status).toBe('late');
  });

  it('grades a dossier resolved more than a working day ahead as early under both rules', () => {
    const quick = {
      ...base,
      pauses: [],
      clockStartedAt: base.firstClockStartedAt,
      dueAt: base.firstDueAt,
      finishedAt: at('2026-11-02T16:00:00'),
    };
    expect(decreeTimeliness(calendar, quick, quick.finishedAt).status).toBe('early');
    expect(decision766Timeliness(calendar, quick, quick.finishedAt).status).toBe('early');
  });

  it('counts an open pause up to now and adds an extension to the 766 allowance', () => {
    const waiting = { ...base, pauses: [{ startedAt: at('2026-11-02T13:00:00'), endedAt: null }] };
    expect(decision766Timeliness(calendar, waiting, at('2026-11-12T08:00:00')).usedMinutes).toBe(240);
    const extended = { ...base, dueBeforeExtension: base.dueAt, dueAt: at('2026-11-12T13:00:00') };
    expect(decision766Timeliness(calendar, extended, at('2026-11-09T09:00:00')).allowedMinutes).toBe(4 * 480);
  });

  it('subtracts only the part of a wait that was on the clock: none of one before the first receipt', () => {
    // Found incomplete at the desk Thu 29 Oct 09:00, complete Mon 2 Nov 07:30: that wait was before the clock.
    const desk = {
      ...base,
      pauses: [{ startedAt: at('2026-10-29T09:00:00'), endedAt: at('2026-11-02T07:30:00') }],
    };
    const now = at('2026-11-02T11:30:00');
    expect(decision766Timeliness(calendar, desk, now).usedMinutes).toBe(240);
    const both = { ...base, pauses: [...desk.pauses, ...base.pauses] };
    expect(decision766Timeliness(calendar, both, at('2026-11-09T09:00:00')).usedMinutes).toBe(240 + 240 + 90);
  });
});
