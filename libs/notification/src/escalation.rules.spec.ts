import { readFileSync } from 'node:fs';
import { type CalendarYear, parseCalendarYear, toVietnamIso, WorkingCalendar } from '@motcua/calendar';
import { DEFAULT_DEADLINE_POLICY, type ProcedureDefinition } from '@motcua/engine';
import { letterDueAt } from './apology.rules';
import { isEscalationLevel, nextLevelAt, policyOf } from './escalation.rules';

const year = (y: number): CalendarYear =>
  parseCalendarYear(readFileSync(`workflows/calendars/${y}.yaml`, 'utf8'), `${y}.yaml`).year!;
const { calendar } = WorkingCalendar.create({
  years: [year(2025), year(2026)],
  fromYear: 2025,
  toYear: 2027,
});
const at = (local: string): Date => new Date(`${local}+07:00`);
const local = (d: Date | null): string | null => (d ? toVietnamIso(d) : null);

describe('nextLevelAt', () => {
  // Monday 23 November 2026, 10:00; Tuesday 24 November is Vietnamese Culture Day.
  const raised = at('2026-11-23T10:00:00');

  it('counts the head’s and the supervisor’s delays in working time from the raise, over the lunch break and a holiday', () => {
    expect(local(nextLevelAt(calendar, DEFAULT_DEADLINE_POLICY, raised, 1))).toBe(
      '2026-11-23T15:30:00+07:00',
    );
    expect(local(nextLevelAt(calendar, DEFAULT_DEADLINE_POLICY, raised, 2))).toBe(
      '2026-11-25T10:00:00+07:00',
    );
    expect(nextLevelAt(calendar, DEFAULT_DEADLINE_POLICY, raised, 3)).toBeNull();
  });

  it('never brings the supervisor before the head', () => {
    const policy = { ...DEFAULT_DEADLINE_POLICY, escalateHeadMinutes: 480, escalateSupervisorMinutes: 60 };
    expect(local(nextLevelAt(calendar, policy, raised, 2))).toBe(
      local(nextLevelAt(calendar, policy, raised, 1)),
    );
  });

  it('starts a flag raised outside working hours at the next opening', () => {
    expect(local(nextLevelAt(calendar, DEFAULT_DEADLINE_POLICY, at('2026-11-27T18:00:00'), 1))).toBe(
      '2026-11-30T11:30:00+07:00',
    );
  });

  it('gives the defaults to a definition stored before deadline policies existed', () => {
    expect(policyOf({ steps: [] } as unknown as ProcedureDefinition)).toBe(DEFAULT_DEADLINE_POLICY);
    expect(isEscalationLevel(2)).toBe(true);
    expect(isEscalationLevel(4)).toBe(false);
    expect(isEscalationLevel('1')).toBe(false);
  });
});

describe('letterDueAt', () => {
  it('is one working day before the appointment, on the clock that started the dossier', () => {
    // Received Monday 07:30 for 3 working days, Tuesday a holiday: due Thursday 17:00, the letter by Wednesday 17:00.
    const start = at('2026-11-23T07:30:00');
    const due = calendar.addWorkingMinutes(start, 3 * 480);
    expect(local(due)).toBe('2026-11-26T17:00:00+07:00');
    expect(local(letterDueAt(calendar, start, due))).toBe('2026-11-25T17:00:00+07:00');
  });

  it('is the clock start itself when the whole limit is one working day or less', () => {
    const start = at('2026-11-23T07:30:00');
    expect(letterDueAt(calendar, start, calendar.addWorkingMinutes(start, 240))).toEqual(start);
  });
});
