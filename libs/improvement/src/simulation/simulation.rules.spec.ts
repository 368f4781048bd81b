import { simulate } from './simulation.rules';
import type { SimArrival, SimModel, SimStep } from './simulation.types';

const step = (id: string, minutes: number[], next: string | null, servers = Infinity): SimStep => ({
  id,
  servers,
  sample: { values: minutes, weights: minutes.map(() => 1) },
  routes: [{ action: 'forward', target: next, weight: 1 }],
  stall: 0,
});

const arrivals = (starts: number[]): SimArrival[] =>
  starts.map((start, i) => ({ code: `HS-${i}`, start, due: start + 100, month: '2026-01' }));

const line = (servers = Infinity): SimModel => ({
  first: 'receive',
  steps: [step('receive', [30], 'appraise'), step('appraise', [60], null, servers)],
});

describe('simulate', () => {
  it('adds the step times of a dossier that never waits', () => {
    expect(simulate(line(), arrivals([0, 500]), 1).finish).toEqual([90, 590]);
  });

  it('makes a dossier wait for a free place, first come first served', () => {
    const run = simulate(line(1), arrivals([0, 0, 0]), 1);
    expect(run.finish).toEqual([90, 150, 210]);
    const appraise = run.steps[1];
    expect(appraise).toMatchObject({ visits: 3, maxQueue: 2, peakInWork: 1, maxWaitMinutes: 120 });
    expect(appraise.waitMinutes).toBe(60 + 120);
  });

  it('holds as many dossiers in work as there are places', () => {
    expect(simulate(line(2), arrivals([0, 0, 0]), 1).finish).toEqual([90, 90, 150]);
  });

  it('gives the same run for the same seed and another for another seed', () => {
    const model: SimModel = { first: 'a', steps: [step('a', [10, 20, 30, 40, 50, 60, 70, 80], null)] };
    const many = arrivals(Array.from({ length: 50 }, (_, i) => i * 1000));
    expect(simulate(model, many, 42)).toEqual(simulate(model, many, 42));
    expect(simulate(model, many, 42).finish).not.toEqual(simulate(model, many, 43).finish);
  });

  it('draws the same time at a step shared by two models (common random numbers)', () => {
    const shared = step('appraise', [10, 20, 30, 40, 50, 60, 70, 80], null);
    const many = arrivals(Array.from({ length: 50 }, (_, i) => i * 1000));
    const withReceive = simulate(
      { first: 'receive', steps: [step('receive', [0], 'appraise'), shared] },
      many,
      7,
    );
    const alone = simulate({ first: 'appraise', steps: [shared] }, many, 7);
    expect(withReceive.finish).toEqual(alone.finish);
  });

  it('follows the observed routes, a send-back included, in their proportions', () => {
    const sign: SimStep = {
      ...step('sign', [0], null),
      routes: [
        { action: 'sign', target: null, weight: 3 },
        { action: 'send_back', target: 'appraise', weight: 1 },
      ],
    };
    const model: SimModel = { first: 'appraise', steps: [step('appraise', [0], 'sign'), sign] };
    const run = simulate(model, arrivals(Array.from({ length: 4000 }, (_, i) => i)), 3);
    const returns = run.steps[0].visits - 4000;
    // Each pass through sign sends back one dossier in four: 4000 × (1/4 + 1/16 + …) ≈ 1333.
    expect(returns).toBeGreaterThan(1200);
    expect(returns).toBeLessThan(1470);
    expect(run.finish.every((f) => f !== null)).toBe(true);
  });

  it('leaves a stalled dossier without a result', () => {
    const model: SimModel = { first: 'a', steps: [{ ...step('a', [5], null), stall: 1 }] };
    const run = simulate(model, arrivals([0, 10]), 1);
    expect(run.finish).toEqual([null, null]);
    expect(run.steps[0].stalled).toBe(2);
  });

  it('counts a dossier sent round for ever as stalled', () => {
    const loop: SimModel = { first: 'a', steps: [step('a', [1], 'b'), step('b', [1], 'a')] };
    const run = simulate(loop, arrivals([0]), 1);
    expect(run.finish).toEqual([null]);
    expect(run.steps[0].stalled + run.steps[1].stalled).toBe(1);
  });

  it("takes a template dossier's times at the first visit, so one dossier is slow at every step", () => {
    const model: SimModel = {
      ...line(),
      steps: [step('receive', [1, 2, 3], 'appraise'), step('appraise', [1, 2, 3], null)],
      templates: { count: 2, minutes: Float64Array.from([10, 20, 100, 200]) },
    };
    const finish = simulate(model, arrivals(Array.from({ length: 40 }, () => 0)), 5).finish;
    expect(new Set(finish)).toEqual(new Set([30, 300]));
  });

  it('draws from the sample at a step the template dossier never reached', () => {
    const model: SimModel = {
      ...line(),
      steps: [step('receive', [1], 'appraise'), step('appraise', [7], null)],
      templates: { count: 1, minutes: Float64Array.from([10, NaN]) },
    };
    expect(simulate(model, arrivals([0]), 5).finish).toEqual([17]);
  });
});
