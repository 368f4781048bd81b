import { AppException } from '@motcua/common';
import { stepPeriod, vietnamDayStart } from './step-period.rules';

const now = new Date('2026-12-06T03:00:00Z');
const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    return (e as AppException).code;
  }
  return undefined;
};

describe('stepPeriod', () => {
  it('takes both days whole, in Vietnam time', () => {
    const p = stepPeriod('2026-01-01', '2026-03-31', now);
    expect(p.from.toISOString()).toBe('2025-12-31T17:00:00.000Z');
    expect(p.end.toISOString()).toBe('2026-03-31T17:00:00.000Z');
    expect(p.asOf).toEqual(p.end);
  });

  it('judges a running period now', () => {
    const p = stepPeriod('2026-12-01', '2026-12-31', now);
    expect(p.asOf).toEqual(now);
    expect(p.end.toISOString()).toBe('2026-12-31T17:00:00.000Z');
  });

  it('takes a whole year, leap or not, and refuses more', () => {
    expect(() => stepPeriod('2024-01-01', '2024-12-31', now)).not.toThrow();
    expect(codeOf(() => stepPeriod('2025-01-01', '2026-01-02', now))).toBe('BAD_PERIOD');
  });

  it('refuses days that do not exist, backwards periods and periods not begun', () => {
    expect(codeOf(() => stepPeriod('2026-02-30', '2026-03-01', now))).toBe('BAD_PERIOD');
    expect(codeOf(() => stepPeriod('2026/01/01', '2026-03-01', now))).toBe('BAD_PERIOD');
    expect(codeOf(() => stepPeriod('2026-03-02', '2026-03-01', now))).toBe('BAD_PERIOD');
    expect(codeOf(() => stepPeriod('2026-12-07', '2026-12-31', now))).toBe('PERIOD_NOT_STARTED');
  });

  it('reads a day as it is written', () => {
    expect(vietnamDayStart('2026-02-28')?.toISOString()).toBe('2026-02-27T17:00:00.000Z');
    expect(vietnamDayStart('2026-13-01')).toBeNull();
  });
});
