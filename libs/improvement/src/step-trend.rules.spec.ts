import type { ProcedureDefinition } from '@motcua/engine';
import { stepPeriod } from './step-period.rules';
import { monthsOf, trendPoints } from './step-trend.rules';

const definition = {
  code: '2.000908',
  version: 1,
  steps: [
    { id: 'receive', owner: { unit: 'desk' } },
    { id: 'appraise', owner: { unit: 'justice' } },
  ],
} as unknown as ProcedureDefinition;
const defs = new Map([['r1', definition]]);
const row = (step: string, month: string, n: number, late: number, minutes: number) => ({
  revision: 'r1',
  step,
  month,
  hand_overs: String(n),
  late: String(late),
  minutes: String(minutes),
});

describe('the monthly trend', () => {
  const now = new Date('2026-12-06T03:00:00Z');

  it('covers every month the period touches, in Vietnam time', () => {
    expect(monthsOf(stepPeriod('2026-01-15', '2026-03-01', now))).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(monthsOf(stepPeriod('2025-12-31', '2026-01-01', now))).toEqual(['2025-12', '2026-01']);
    expect(monthsOf(stepPeriod('2026-01-01', '2026-12-31', now))).toHaveLength(12);
  });

  it('adds the steps in scope month by month; a month without hand-overs has no rate', () => {
    const rows = [
      row('receive', '2026-01', 4, 0, 120),
      row('appraise', '2026-01', 2, 1, 600),
      row('appraise', '2026-03', 1, 1, 400),
    ];
    const months = ['2026-01', '2026-02', '2026-03'];
    expect(trendPoints(rows, defs, null, months)).toEqual([
      { month: '2026-01', handOvers: 6, lateHandOvers: 1, lateShare: 0.1667, meanMinutes: 120 },
      { month: '2026-02', handOvers: 0, lateHandOvers: 0, lateShare: null, meanMinutes: null },
      { month: '2026-03', handOvers: 1, lateHandOvers: 1, lateShare: 1, meanMinutes: 400 },
    ]);
    expect(trendPoints(rows, defs, ['justice'], months)[0]).toMatchObject({ handOvers: 2, meanMinutes: 300 });
  });
});
