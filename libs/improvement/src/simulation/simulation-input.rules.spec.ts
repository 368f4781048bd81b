import { observeSteps, simulationPeriod } from './simulation-input.rules';
import type { ArrivalRow } from './simulation.repository';

describe('simulationPeriod', () => {
  const now = new Date('2026-12-06T21:00:00Z');

  it('runs from the first day 00:00 to the day after the last, judged at now while it runs', () => {
    expect(simulationPeriod('2026-01-01', '2026-12-31', now)).toEqual({
      from: new Date('2025-12-31T17:00:00Z'),
      to: new Date('2026-12-31T17:00:00Z'),
      asOf: now,
    });
    expect(simulationPeriod('2026-01-01', '2026-01-31', now)?.asOf).toEqual(new Date('2026-01-31T17:00:00Z'));
  });

  it('refuses a day that does not exist, a reversed period and one not begun', () => {
    expect(simulationPeriod('2026-02-30', '2026-03-01', now)).toBeNull();
    expect(simulationPeriod('2026-03-01', '2026-02-01', now)).toBeNull();
    expect(simulationPeriod('2027-01-01', '2027-02-01', now)).toBeNull();
    expect(simulationPeriod('1/1/2026', '2026-02-01', now)).toBeNull();
  });
});

describe('observeSteps', () => {
  const axis = (at: Date) => at.getTime() / 60_000;
  const row = (step: string, startedMinute: number): ArrivalRow => ({
    code: 'X',
    clock_started_at: new Date(0),
    due_at: new Date(0),
    finished_at: null,
    step,
    step_started_at: new Date(startedMinute * 60_000),
  });

  it('counts times and moves per step and keeps the first visits of each dossier that reached its result', () => {
    const { steps, dossiers } = observeSteps(
      [
        'appraise submit sign 30,sign send_back appraise 5,appraise submit sign 10,sign sign - 20',
        'appraise submit sign 30',
      ],
      [],
      axis,
      new Date(0),
    );
    expect(steps.get('appraise')).toMatchObject({
      sample: { values: [10, 30], weights: [1, 2] },
      moves: [{ action: 'submit', to: 'sign', count: 3 }],
    });
    expect(steps.get('sign')?.moves).toEqual([
      { action: 'send_back', to: 'appraise', count: 1 },
      { action: 'sign', to: null, count: 1 },
    ]);
    expect(dossiers).toHaveLength(1);
    expect(dossiers[0]).toEqual(
      new Map([
        ['appraise', 30],
        ['sign', 5],
      ]),
    );
  });

  it('counts as stalled an open dossier held at a step longer than 99 % of its hand-overs took', () => {
    const { steps } = observeSteps(
      ['appraise submit sign 30'],
      [row('appraise', 0), row('appraise', 80)],
      axis,
      new Date(100 * 60_000),
    );
    expect(steps.get('appraise')?.stalled).toBe(1);
  });
});
