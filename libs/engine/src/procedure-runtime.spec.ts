import { edit, fixtureProcedure, PROCEDURE_TEXT } from './__fixtures__/fixtures';
import { defaultRegistry } from './engine-registry';
import type { EngineEvent, EngineRejection, EngineResult } from './engine.types';
import { compileProcedure, type CompiledProcedure } from './procedure-compiler';
import { allowedEvents, applyEvent, applyEventTo, restoreState, startDossier } from './procedure-runtime';

const compiled = compileProcedure(fixtureProcedure(), defaultRegistry);
const BUILT_INS_ACTIVE = ['request_supplement', 'refuse', 'withdraw', 'stop', 'extend'];

function accept(result: EngineResult | EngineRejection): EngineResult {
  if ('rejected' in result) throw new Error(`rejected; allowed: ${result.allowed.join(', ')}`);
  return result;
}

const run = (
  events: Array<string | EngineEvent>,
  from = startDossier(compiled),
  procedure: CompiledProcedure = compiled,
) =>
  events.reduce(
    (result, event) =>
      accept(applyEvent(procedure, result.state, typeof event === 'string' ? { type: event } : event)),
    from,
  );

const toSign = ['forward', 'submit'];

describe('procedure runtime', () => {
  it('starts a dossier at the first step, active', () => {
    expect(startDossier(compiled)).toEqual({
      state: {
        value: { receive: 'active' },
        context: {
          supplementRequests: 0,
          extensions: 0,
          sendBacks: 0,
          visited: ['receive'],
          feesPaid: false,
        },
      },
      step: 'receive',
      phase: 'active',
      resultReady: false,
      actions: [],
      context: { supplementRequests: 0, extensions: 0, sendBacks: 0, visited: ['receive'], feesPaid: false },
    });
  });

  it('walks to done through the file actions, running named actions for the outbox', () => {
    const atSign = run(toSign);
    const released = run([{ type: 'approve', feesPaid: true }], atSign);
    expect(released).toMatchObject({ step: 'release', phase: 'active', resultReady: true });
    expect(released.actions).toEqual(['recordFeesPaid', 'notifyApplicant']);
    expect(released.context.feesPaid).toBe(true);
    const done = run(['hand_over'], released);
    expect(done).toMatchObject({ step: null, phase: 'done', resultReady: false, actions: [] });
    expect(done.state.value).toBe('done');
    expect(allowedEvents(compiled, done.state)).toEqual([]);
  });

  it.each([
    ['refuse', 'refused'],
    ['withdraw', 'withdrawn'],
    ['stop', 'stopped'],
  ] as const)('reaches a terminal state from an active step or a paused one: %s → %s', (event, terminal) => {
    expect(run([event])).toMatchObject({ step: null, phase: terminal, state: { value: terminal } });
    expect(run(['forward', 'request_supplement', event])).toMatchObject({ step: null, phase: terminal });
    expect(applyEvent(compiled, run([event]).state, { type: 'forward' })).toEqual({
      rejected: true,
      allowed: [],
    });
  });

  it('loops through a send-back, counting it, and needs a reason for it', () => {
    const atSign = run(toSign);
    expect(applyEvent(compiled, atSign.state, { type: 'send_back' })).toEqual({
      rejected: true,
      allowed: ['approve', 'send_back', ...BUILT_INS_ACTIVE],
      guard: 'hasComment',
    });
    const back = run([{ type: 'send_back', comment: 'Thiếu chữ ký' }], atSign);
    expect(back).toMatchObject({ step: 'appraise', phase: 'active', context: { sendBacks: 1 } });
    const again = run(['submit', { type: 'send_back', comment: 'Sai họ tên' }, 'submit'], back);
    expect(again).toMatchObject({
      step: 'sign',
      context: { sendBacks: 2, visited: ['receive', 'appraise', 'sign'] },
    });
    expect(run([{ type: 'approve', feesPaid: true }, 'hand_over'], again).phase).toBe('done');
  });

  it('lets a guard read the context: fees recorded earlier count', () => {
    const atSign = run(toSign);
    expect(applyEvent(compiled, atSign.state, { type: 'approve' })).toMatchObject({
      rejected: true,
      guard: 'feesPaid',
    });
    const paid = { ...atSign.state, context: { ...atSign.state.context, feesPaid: true } };
    expect(accept(applyEvent(compiled, paid, { type: 'approve' })).step).toBe('release');
  });

  it('pauses for a supplement and resumes at the same step', () => {
    const paused = run(['forward', { type: 'request_supplement', comment: 'Thiếu tờ khai' }]);
    expect(paused).toMatchObject({
      step: 'appraise',
      phase: 'awaiting_supplement',
      context: { supplementRequests: 1 },
    });
    expect(paused.state.value).toEqual({ appraise: 'awaiting_supplement' });
    expect(allowedEvents(compiled, paused.state)).toEqual([
      'supplement_received',
      'refuse',
      'withdraw',
      'stop',
    ]);
    expect(applyEvent(compiled, paused.state, { type: 'submit' })).toEqual({
      rejected: true,
      allowed: ['supplement_received', 'refuse', 'withdraw', 'stop'],
    });
    const resumed = run(['supplement_received'], paused);
    expect(resumed).toMatchObject({ step: 'appraise', phase: 'active', context: { supplementRequests: 1 } });
  });

  it('refuses a supplement request beyond maxSupplementRequests', () => {
    const resumed = run(['request_supplement', 'supplement_received']);
    expect(allowedEvents(compiled, resumed.state)).toEqual([
      'forward',
      'refuse',
      'withdraw',
      'stop',
      'extend',
    ]);
    expect(applyEvent(compiled, resumed.state, { type: 'request_supplement' })).toEqual({
      rejected: true,
      allowed: ['forward', 'refuse', 'withdraw', 'stop', 'extend'],
    });
  });

  it('allows as many supplement requests as the file says', () => {
    const twice = compileProcedure({ ...fixtureProcedure(), maxSupplementRequests: 2 }, defaultRegistry);
    const start = startDossier(twice);
    const after = run(['request_supplement', 'supplement_received', 'request_supplement'], start, twice);
    expect(after.context.supplementRequests).toBe(2);
    const none = compileProcedure({ ...fixtureProcedure(), maxSupplementRequests: 0 }, defaultRegistry);
    expect(allowedEvents(none, startDossier(none).state)).not.toContain('request_supplement');
  });

  it('extends once; a second extension is rejected with the allowed events', () => {
    const extended = run(['forward', 'extend']);
    expect(extended).toMatchObject({ step: 'appraise', phase: 'active', context: { extensions: 1 } });
    expect(applyEvent(compiled, extended.state, { type: 'extend' })).toEqual({
      rejected: true,
      allowed: ['submit', 'request_supplement', 'refuse', 'withdraw', 'stop'],
    });
    expect(run(['submit'], extended).context.extensions).toBe(1);
  });

  it('rejects an event the step does not have, listing the allowed ones', () => {
    expect(applyEvent(compiled, startDossier(compiled).state, { type: 'approve' })).toEqual({
      rejected: true,
      allowed: ['forward', ...BUILT_INS_ACTIVE],
    });
  });

  it('restores a state stored as JSON to the same allowed events and behaviour', () => {
    for (const events of [[], toSign, ['forward', 'request_supplement'], ['forward', 'extend'], ['refuse']]) {
      const result = run(events);
      const stored = JSON.parse(JSON.stringify(result.state));
      expect(stored).toEqual(result.state);
      expect(allowedEvents(compiled, stored)).toEqual(allowedEvents(compiled, result.state));
    }
    const stored = JSON.parse(JSON.stringify(run(toSign).state));
    expect(
      run([{ type: 'approve', feesPaid: true }], { ...startDossier(compiled), state: stored }).step,
    ).toBe('release');
  });

  it('runs steps and actions named like built-in object members', () => {
    const text = edit(
      PROCEDURE_TEXT,
      ['  - id: appraise', '  - id: constructor'],
      ['forward: appraise', 'constructor: constructor'],
      ['target: appraise', 'target: constructor'],
    );
    const odd = compileProcedure(fixtureProcedure(text), defaultRegistry);
    const at = run(['constructor', 'submit', { type: 'send_back', comment: 'x' }], startDossier(odd), odd);
    expect(at).toMatchObject({ step: 'constructor', context: { sendBacks: 1 } });
  });

  it('answers from a state restored once as from the stored state, each time', () => {
    const events: EngineEvent[] = [
      { type: 'forward' },
      { type: 'approve' },
      { type: 'send_back' },
      { type: 'send_back', comment: 'Thiếu chữ ký' },
      { type: 'extend' },
      { type: 'request_supplement' },
      { type: 'supplement_received' },
    ];
    for (const path of [[], toSign, ['forward', 'request_supplement'], ['forward', 'extend'], ['refuse']]) {
      const { state } = run(path);
      const restored = restoreState(compiled, state);
      expect(restored.allowed).toEqual(allowedEvents(compiled, state));
      for (const event of events) {
        // Several events from one restored state: a transition must not change what it was restored to.
        expect(applyEventTo(restored, event)).toEqual(applyEvent(compiled, state, event));
      }
      const rejected = applyEventTo(restored, { type: 'no_such_event' });
      expect(rejected).toMatchObject({ rejected: true });
      (rejected as EngineRejection).allowed.push('tampered');
      expect(restored.allowed).toEqual(allowedEvents(compiled, state));
    }
  });

  it('throws on a state from another procedure', () => {
    const state = { ...startDossier(compiled).state, value: { verify: 'active' as const } };
    expect(() => allowedEvents(compiled, state)).toThrow("the dossier is at step 'verify'");
    expect(() => restoreState(compiled, state)).toThrow("the dossier is at step 'verify'");
  });

  it('refuses to compile a definition naming what the registry lacks', () => {
    expect(() =>
      compileProcedure(fixtureProcedure(), { guards: {}, actions: defaultRegistry.actions }),
    ).toThrow("p.yaml: no guard 'feesPaid' in the registry");
  });
});
