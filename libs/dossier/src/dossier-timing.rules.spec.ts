import type { ProcedureStep } from '@motcua/engine';
import { at, calendar, definition, local } from './command/__fixtures__/plans';
import { stepAllotment, stepDue } from './dossier-timing.rules';

const inDays = (amount: number, unit: 'day' | 'month'): ProcedureStep => ({
  ...definition.steps[1],
  duration: { amount, unit },
});

describe('a step due in calendar days or months (Civil Code art. 147–148)', () => {
  it('runs from the day after it starts and ends at the close of its last day, or of the next working day', () => {
    // Entered Monday 9 March 2026: 3 days end Thursday 12 March at 17:00.
    expect(local(stepDue(calendar, inDays(3, 'day'), at('2026-03-09T10:00:00')))).toBe(
      '2026-03-12T17:00:00+07:00',
    );
    // 5 days from Monday 9 March end Saturday 14: the period ends at the close of Monday 16.
    expect(local(stepDue(calendar, inDays(5, 'day'), at('2026-03-09T10:00:00')))).toBe(
      '2026-03-16T17:00:00+07:00',
    );
    // A month from 30 January ends on the last day of February, Saturday 28: Monday 2 March at 17:00.
    expect(local(stepDue(calendar, inDays(1, 'month'), at('2026-01-30T10:00:00')))).toBe(
      '2026-03-02T17:00:00+07:00',
    );
  });

  it('is given the working time until then, and after a send-back only what its visits left of it', () => {
    const step = inDays(3, 'day');
    const entered = at('2026-03-09T10:00:00');
    // Monday from 10:00 (5.5 working hours) and three more working days.
    expect(stepAllotment(calendar, step, entered)).toBe(5.5 * 60 + 3 * 480);
    expect(local(stepDue(calendar, step, entered, 3 * 480 + 60))).toBe('2026-03-09T16:00:00+07:00');
  });
});
