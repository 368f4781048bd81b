import type { ProcedureDefinition, ProcedureStep } from '@motcua/engine';
import { buildModel, sampleQuantile, serversOf, type ObservedStep } from './simulation-model.rules';

const step = (id: string, transitions: Record<string, string>, hours = 2): ProcedureStep => ({
  id,
  name: id,
  owner: { unit: 'u', role: 'officer' },
  duration: { amount: hours, unit: 'working_hour' },
  result: false,
  transitions: Object.entries(transitions).map(([event, target]) => ({
    event,
    target,
    actions: [],
    line: 1,
  })),
  line: 1,
});

const definition = (steps: ProcedureStep[]) => ({ steps }) as unknown as ProcedureDefinition;

const observed = (stepId: string, moves: Record<string, number>, stalled = 0): ObservedStep => ({
  stepId,
  sample: { values: [10, 20], weights: [1, 1] },
  moves: Object.entries(moves).map(([move, count]) => {
    const [action, to] = move.split('>');
    return { action, to: to === 'done' ? null : to, count };
  }),
  stalled,
});

describe('buildModel', () => {
  const seen = new Map([
    ['receive', observed('receive', { 'forward>appraise': 90 }, 10)],
    ['appraise', observed('appraise', { 'submit>sign': 8 })],
    ['sign', observed('sign', { 'sign>done': 6, 'send_back>appraise': 2 })],
  ]);

  it('carries over the observed times, routes and stalled share of a step kept by id', () => {
    const { model, notes } = buildModel(
      definition([
        step('receive', { forward: 'appraise' }),
        step('appraise', { submit: 'sign' }),
        step('sign', { sign: 'done', send_back: 'appraise' }),
      ]),
      seen,
      { sign: 3 },
    );
    expect(model.steps[0]).toMatchObject({ servers: Infinity, stall: 0.1 });
    expect(model.steps[2].routes).toEqual([
      { action: 'sign', target: null, weight: 6 },
      { action: 'send_back', target: 'appraise', weight: 2 },
    ]);
    expect(model.steps[2].servers).toBe(3);
    expect(notes.every((n) => n.basis === 'observed')).toBe(true);
  });

  it('routes around a removed step as the draft says and times a new step by its duration or an assumption', () => {
    const { model, notes } = buildModel(
      definition([
        step('receive', { forward: 'check' }),
        step('check', { pass: 'sign' }, 1),
        step('sign', { sign: 'done' }),
      ]),
      seen,
      {},
    );
    expect(model.steps[0].routes).toEqual([{ action: 'forward', target: 'check', weight: 90 }]);
    expect(model.steps[1]).toMatchObject({ sample: { values: [60] }, routes: [{ target: 'sign' }] });
    expect(model.steps[2].routes).toEqual([{ action: 'sign', target: null, weight: 6 }]);
    expect(notes[1]).toEqual({ stepId: 'check', basis: 'assumed', assumedMinutes: 60 });
    const verify = buildModel(
      definition([
        step('appraise', { submit: 'review', request_verification: 'verify' }),
        step('verify', {}),
        step('review', {}),
      ]),
      new Map([['appraise', observed('appraise', { 'submit>verify': 3, 'submit>review': 1 })]]),
      {},
    );
    // A move keeps its next step while the draft still leads there, whatever the action's name.
    expect(verify.model.steps[0].routes).toEqual([
      { action: 'submit', target: 'verify', weight: 3 },
      { action: 'submit', target: 'review', weight: 1 },
    ]);
    const assumed = buildModel(definition([step('check', { pass: 'done' })]), seen, {}, { check: 45 });
    expect(assumed.model.steps[0].sample.values).toEqual([45]);
  });
});

describe('serversOf', () => {
  it("keeps today's places with today's staff and scales them with a changed one", () => {
    const peaks = { appraise: 6, sign: 2 };
    const today = { appraise: 2, sign: 1 };
    expect(serversOf(['appraise', 'sign'], peaks, today, today)).toEqual({ appraise: 6, sign: 2 });
    expect(serversOf(['appraise', 'sign'], peaks, today, { appraise: 1, sign: 1 })).toEqual({
      appraise: 3,
      sign: 2,
    });
  });

  it('gives a new step the median load per officer and never fewer than one place', () => {
    const servers = serversOf(['a', 'b', 'c', 'new'], { a: 1, b: 4, c: 9 }, { a: 1, b: 1, c: 1 }, { new: 2 });
    expect(servers.new).toBe(8);
    expect(serversOf(['a'], { a: 1 }, { a: 4 }, { a: 1 }).a).toBe(1);
  });
});

describe('sampleQuantile', () => {
  it('reads a weighted sample', () => {
    const sample = { values: [30, 10, 20], weights: [1, 98, 1] };
    expect(sampleQuantile(sample, 0.5)).toBe(10);
    expect(sampleQuantile(sample, 0.99)).toBe(20);
    expect(sampleQuantile(sample, 1)).toBe(30);
  });
});
