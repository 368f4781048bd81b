import fc from 'fast-check';
import { stringify } from 'yaml';
import { fixtureContext, fixtureProcedure } from './__fixtures__/fixtures';
import { defaultRegistry } from './engine-registry';
import { BUILTIN_EVENTS, type EngineResult } from './engine.types';
import { compileProcedure } from './procedure-compiler';
import { parseProcedure } from './procedure-parser';
import { allowedEvents, applyEvent, startDossier } from './procedure-runtime';

const ctx = fixtureContext();
const scalar = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
const junk = fc.oneof(
  scalar,
  fc.array(scalar, { maxLength: 3 }),
  fc.dictionary(fc.string(), scalar, { maxKeys: 3 }),
);
const stepId = fc.constantFrom(
  'receive',
  'appraise',
  'sign',
  'release',
  'done',
  'refused',
  'relese',
  'Sign',
  'refuse',
  'constructor',
  '__proto__',
);
const maybe = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: junk });
const withExtras = <T extends object>(arb: fc.Arbitrary<T>) =>
  fc
    .tuple(arb, fc.dictionary(fc.string({ maxLength: 6 }), scalar, { maxKeys: 2 }))
    .map(([known, extra]) => ({ ...extra, ...known }));

const transition = fc.oneof(
  stepId,
  fc.record(
    {
      target: maybe(stepId),
      guard: maybe(fc.constantFrom('feesPaid', 'hasComment', 'feePaid', 'toString')),
      actions: maybe(
        fc.array(fc.constantFrom('recordFeesPaid', 'notifyApplicant', 'sendSms', 'constructor'), {
          maxLength: 3,
        }),
      ),
    },
    { requiredKeys: [] },
  ),
  junk,
);

const step = withExtras(
  fc.record(
    {
      id: maybe(stepId),
      name: maybe(fc.string()),
      owner: maybe(
        fc.record({
          unit: maybe(fc.constantFrom('one-stop', 'ubnd-xa', 'tu-phap', 'nowhere')),
          role: maybe(fc.constantFrom('reception', 'officer', 'leader', 'x')),
        }),
      ),
      duration: maybe(
        fc.record({
          amount: maybe(fc.oneof(fc.integer({ min: -2, max: 50 }), fc.double())),
          unit: maybe(fc.constantFrom('working_hour', 'working_day', 'day')),
        }),
      ),
      result: maybe(fc.boolean()),
      actions: maybe(
        fc.dictionary(fc.oneof(stepId, fc.constantFrom('forward', 'approve', 'stop', 'Go')), transition, {
          maxKeys: 3,
        }),
      ),
    },
    { requiredKeys: [] },
  ),
);

const procedure = withExtras(
  fc.record(
    {
      code: maybe(fc.constantFrom('2.000908', '2.908', 2.000908)),
      version: maybe(fc.integer({ min: -1, max: 3 })),
      name: maybe(fc.string()),
      field: maybe(fc.string()),
      level: maybe(fc.constantFrom('commune', 'province', 'district')),
      agency: maybe(fc.constantFrom('ubnd-xa', 'nowhere')),
      deadline: maybe(
        fc.record({
          amount: maybe(fc.oneof(fc.integer({ min: 0, max: 30 }), fc.double())),
          unit: maybe(fc.constantFrom('working_hour', 'working_day', 'day', 'month', 'week')),
        }),
      ),
      cutoff: maybe(fc.constantFrom('15:00', '3pm', null)),
      online: maybe(fc.constantFrom('full', 'partial', 'none', 'yes')),
      maxSupplementRequests: maybe(fc.integer({ min: -1, max: 3 })),
      documents: maybe(
        fc.array(fc.record({ name: maybe(fc.string()), originals: maybe(fc.nat(3)) }), { maxLength: 2 }),
      ),
      fees: maybe(
        fc.array(fc.record({ name: maybe(fc.string()), amount: maybe(fc.integer()) }), { maxLength: 2 }),
      ),
      steps: maybe(fc.array(step, { maxLength: 6 })),
    },
    { requiredKeys: [] },
  ),
);

const parse = (value: unknown) => parseProcedure(stringify(value), 'p.yaml', ctx);

describe('parseProcedure on arbitrary input', () => {
  it('never throws on arbitrary JSON-like values, and reports errors or returns a definition', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const { procedure, errors } = parse(value);
        expect(procedure === undefined).toBe(errors.length > 0);
      }),
    );
  });

  it('never throws on procedure-like files; every error has a line in the file; valid ones compile', () => {
    fc.assert(
      fc.property(procedure, (value) => {
        const text = stringify(value);
        const { procedure: def, errors } = parseProcedure(text, 'p.yaml', ctx);
        const lines = text.split('\n').length;
        for (const error of errors) expect(error.line).toBeGreaterThanOrEqual(1);
        for (const error of errors) expect(error.line).toBeLessThanOrEqual(lines);
        if (def) expect(startDossier(compileProcedure(def, defaultRegistry)).phase).toBe('active');
      }),
      { numRuns: 300 },
    );
  });
});

describe('applyEvent on arbitrary event sequences', () => {
  const compiled = compileProcedure(fixtureProcedure(), defaultRegistry);
  const eventType = fc.constantFrom(
    ...BUILTIN_EVENTS,
    'forward',
    'submit',
    'approve',
    'send_back',
    'hand_over',
    'unknown',
  );
  const event = fc.record({
    type: eventType,
    feesPaid: fc.boolean(),
    comment: fc.oneof(fc.string(), fc.constant(undefined)),
  });

  it('accepts only allowed events, and keeps the counters within their limits', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 25 }), (events) => {
        let at: EngineResult = startDossier(compiled);
        for (const e of events) {
          const allowed = allowedEvents(compiled, at.state);
          const result = applyEvent(compiled, JSON.parse(JSON.stringify(at.state)), e);
          if ('rejected' in result) {
            expect(result.allowed).toEqual(allowed);
            continue;
          }
          expect(allowed).toContain(e.type);
          at = result;
        }
        expect(at.context.supplementRequests).toBeLessThanOrEqual(1);
        expect(at.context.extensions).toBeLessThanOrEqual(1);
      }),
    );
  });
});
