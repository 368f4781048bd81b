import { judgeOutcomes, reproductionCheck } from './simulation-figures.rules';
import type { SimArrival } from './simulation.types';

const arrivals: SimArrival[] = [
  { code: 'A', start: 0, due: 100, month: '2026-01' },
  { code: 'B', start: 0, due: 100, month: '2026-01' },
  { code: 'C', start: 600, due: 700, month: '2026-02' },
  { code: 'D', start: 900, due: 2000, month: '2026-02' },
];
const finish = [100, 150, null, null];

describe('judgeOutcomes', () => {
  const f = judgeOutcomes(
    arrivals,
    (i) => arrivals[i].due,
    (i) => finish[i],
    1000,
    [
      { month: '2026-01', end: 500 },
      { month: '2026-02', end: 1000 },
    ],
  );

  it('counts on time at the appointment itself and late after it; pending past it as overdue', () => {
    expect(f).toMatchObject({ resolvedOnTime: 1, resolvedLate: 1, pendingOverdue: 1, pendingWithin: 1 });
    expect(f.onTimeRate).toBe(0.5);
    expect(f.lateCodes).toEqual(['B', 'C']);
  });

  it('counts the backlog at each month end', () => {
    expect(f.backlogByMonth).toEqual([
      { month: '2026-01', open: 0 },
      { month: '2026-02', open: 2 },
    ]);
  });

  it('treats a result handed over after the end as pending', () => {
    const late = judgeOutcomes(
      arrivals.slice(0, 1),
      () => 2000,
      () => 1500,
      1000,
      [],
    );
    expect(late).toMatchObject({ pendingWithin: 1, resolvedOnTime: 0 });
  });
});

describe('reproductionCheck', () => {
  const figures = (onTimeRate: number) => ({ onTimeRate }) as Parameters<typeof reproductionCheck>[0];
  it('passes within the tolerance and fails outside it', () => {
    expect(reproductionCheck(figures(0.9), figures(0.915)).reproduced).toBe(true);
    expect(reproductionCheck(figures(0.9), figures(0.87)).reproduced).toBe(false);
  });
});
