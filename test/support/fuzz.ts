import fc from 'fast-check';

/** Runs per endpoint property: enough to find the usual holes, small enough for a busy 2-core machine. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 100);

/** `FUZZ_SEED=<seed>` replays the runs that fast-check reported with a failure (with `FUZZ_PATH` for one). */
export const fuzzOptions = (numRuns = RUNS): fc.Parameters<unknown> => ({
  numRuns,
  ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}),
  ...(process.env.FUZZ_PATH ? { path: process.env.FUZZ_PATH } : {}),
});

const HUGE = 'Ắ'.repeat(100_000);

const edgeNumber = fc.constantFrom(
  0,
  -0,
  -1,
  1.5,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 + 2,
  1e308,
  -1e308,
  5e-324,
);
/** Dates that do not exist, ISO forms `new Date` cannot read, and real instants far from the calendar's years. */
const malformedDate = fc.oneof(
  fc.constantFrom(
    '2026-02-30T08:00:00+07:00',
    '2026-13-01',
    '2026-11-23T25:61:00+07:00',
    '2026-11-23T08:00:00+25:00',
    '+275760-09-13T00:00:00Z',
    '-271821-04-19T23:59:59Z',
    '0000-00-00',
    '9999-12-31T23:59:59.999999999+07:00',
    '2026-W53-7',
    '2026-335',
    '9999-12-31T23:59:59Z',
    '2100-01-01T08:00:00+07:00',
    'yesterday',
    '',
  ),
  fc
    .date({
      min: new Date('0001-01-01T00:00:00Z'),
      max: new Date('9999-12-31T23:59:59Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString()),
);
const oddString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    HUGE,
    '2.' + '0'.repeat(5000),
    '000.01.52.H38-261123-' + '9'.repeat(3000),
    'nul\u0000byte',
    '\uD800',
    ' ',
    '%',
    '../../etc/passwd',
    "'; DROP TABLE dossier; --",
    '__proto__',
    'constructor',
    'toString',
  ),
  malformedDate,
);

/** A value of any JSON type, often one a field does not expect. */
export const weirdValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  edgeNumber,
  fc.integer(),
  fc.double(),
  oddString,
  fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), { maxLength: 4 }),
  fc.constant(Array.from({ length: 500 }, (_, i) => ({ name: `x${i}`, originals: 1, copies: 0 }))),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), {
    maxKeys: 3,
  }),
  fc.constant(JSON.parse('{"a":{"b":{"c":{"d":{"e":{"f":[[[[[[[[{}]]]]]]]]}}}}}}') as unknown),
);

/** Fully random JSON: any type at the top. */
export const anyJson: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 3 });

type Path = Array<string | number>;
type Json = Record<string, unknown> | unknown[];
const isContainer = (v: unknown): v is Json => typeof v === 'object' && v !== null;

function paths(value: unknown, at: Path = []): Path[] {
  if (!isContainer(value)) return [];
  return Object.keys(value).flatMap((k) => {
    const key = Array.isArray(value) ? Number(k) : k;
    const here = [...at, key];
    return [here, ...paths((value as Record<string, unknown>)[k], here)];
  });
}

function parentOf(root: unknown, path: Path): Json | undefined {
  let at: unknown = root;
  for (const key of path.slice(0, -1))
    at = isContainer(at) ? (at as Record<string, unknown>)[key] : undefined;
  return isContainer(at) ? at : undefined;
}

const isDate = (value: unknown): boolean => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value);

type Mutation =
  | { kind: 'drop'; pick: number }
  | { kind: 'set'; pick: number; value: unknown; date: string }
  | { kind: 'wrap'; pick: number }
  | { kind: 'extra'; pick: number; key: string; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('set' as const), pick: fc.nat(), value: weirdValue, date: malformedDate }),
  fc.record({ kind: fc.constant('wrap' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('extra' as const),
    pick: fc.nat(),
    key: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'isAdmin')),
    value: weirdValue,
  }),
);

/** Sets an own property even for `__proto__`, which JSON.stringify then sends like any other key. */
const defineOwn = (target: object, key: string, value: unknown): void => {
  Object.defineProperty(target, key, {
    value: structuredClone(value),
    enumerable: true,
    writable: true,
    configurable: true,
  });
};

function objectsIn(value: unknown): Array<Record<string, unknown>> {
  if (!isContainer(value)) return [];
  const own = Array.isArray(value) ? [] : [value];
  return [...own, ...Object.values(value).flatMap(objectsIn)];
}

function apply(root: Record<string, unknown>, m: Mutation): void {
  if (m.kind === 'extra') {
    const holders = objectsIn(root);
    const holder = holders[m.pick % holders.length]!;
    defineOwn(holder, m.key || 'extra', m.value);
    return;
  }
  const all = paths(root);
  if (all.length === 0) return;
  const path = all[m.pick % all.length]!;
  const parent = parentOf(root, path)!;
  const key = path[path.length - 1]!;
  const slot = parent as Record<string | number, unknown>;
  // A date field gets an odd date more often than any odd value: that is where dates break.
  if (m.kind === 'set') slot[key] = isDate(slot[key]) ? m.date : structuredClone(m.value);
  else if (m.kind === 'wrap') slot[key] = [slot[key]];
  else if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete (parent as Record<string, unknown>)[key as string];
}

/** A valid body with one to three fields dropped, set to odd values, put in a list, or given unknown siblings. */
export function nearValid(valid: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  return fc.array(mutation, { minLength: 1, maxLength: 3 }).map((mutations) => {
    const copy = structuredClone(valid);
    for (const m of mutations) apply(copy, m);
    return copy;
  });
}

/** Near-valid bodies that are certainly invalid: an unknown top-level field is always refused. */
export function invalidOnly(valid: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(nearValid(valid), fc.string({ minLength: 1, maxLength: 12 }), weirdValue)
    .filter(([, key]) => !Object.hasOwn(valid, key))
    .map(([body, key, value]) => {
      defineOwn(body, `x${key}`, value);
      return body;
    });
}

export interface RawBody {
  contentType: string;
  text: string | Buffer;
  encoding?: string;
}

/** Bodies that are not the JSON the route expects: cut JSON, other media types, broken encodings. */
export function rawBodies(valid: Record<string, unknown>): fc.Arbitrary<RawBody> {
  const json = JSON.stringify(valid);
  return fc.oneof(
    fc
      .nat({ max: json.length - 1 })
      .map((cut) => ({ contentType: 'application/json', text: json.slice(0, cut) })),
    fc.string({ maxLength: 40 }).map((text) => ({ contentType: 'application/json', text })),
    fc.constantFrom<RawBody>(
      { contentType: 'application/json', text: '' },
      { contentType: 'application/json', text: 'null' },
      { contentType: 'application/json', text: '"a string"' },
      { contentType: 'application/json', text: '{"a":1,"a":2}' },
      { contentType: 'application/json', text: '{"__proto__":{"isAdmin":true}}' },
      { contentType: 'application/json', text: '['.repeat(5000) },
      { contentType: 'application/json; charset=utf-7', text: json },
      { contentType: 'application/json; charset=latin1', text: json },
      { contentType: 'application/json', text: json, encoding: 'gzip' },
      { contentType: 'application/json', text: json, encoding: 'br' },
      { contentType: 'application/json', text: json, encoding: 'compress' },
      { contentType: 'application/json', text: Buffer.from([0xff, 0xfe, 0x7b, 0x00]) },
      { contentType: 'text/plain', text: json },
      { contentType: 'application/x-www-form-urlencoded', text: 'a=1&b[c]=2&procedureCode=2.000908' },
      { contentType: 'application/xml', text: '<dossier/>' },
      {
        contentType: 'multipart/form-data; boundary=x',
        text: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--',
      },
    ),
  );
}

/** Bytes sent as they are, apart from generated JSON values. */
export class RawBodyOf {
  constructor(readonly raw: RawBody) {}
}

/** Random JSON, near-valid mutations of `valid`, `valid` itself, and bodies that are not JSON at all. */
export const bodies = (valid: Record<string, unknown>): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 2, arbitrary: anyJson },
    { weight: 5, arbitrary: nearValid(valid) },
    { weight: 1, arbitrary: fc.constant(valid) },
    { weight: 2, arbitrary: rawBodies(valid).map((raw) => new RawBodyOf(raw)) },
  );

/** Values of a path parameter: real-looking, random, encoded oddly. */
export const pathParam = (...real: string[]): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...real).map(encodeURIComponent) },
    fc.string({ unit: 'grapheme', maxLength: 60 }).map(encodeURIComponent),
    fc.constantFrom(
      '%',
      '%E0%A4%A',
      '%00',
      '%2F..%2F',
      'a'.repeat(5000),
      '%F0%9F%99%82',
      '..',
      '%2e%2e',
      '%C0%AF',
    ),
  );

/** Query objects: random keys and values, repeated keys (arrays), nested keys, and near-valid ones. */
export function queries(valid: Record<string, string>): fc.Arbitrary<Record<string, unknown> | string> {
  const keys = Object.keys(valid);
  const value = fc.oneof(
    fc.string({ maxLength: 30 }),
    malformedDate,
    fc.constantFrom('-1', '0', '1e3', '101', '1.5', 'NaN', 'Infinity', 'true', '', '9'.repeat(400)),
    fc.array(fc.string({ maxLength: 5 }), { minLength: 2, maxLength: 3 }),
  );
  const dateKeys = keys.filter((k) => isDate(valid[k]));
  return fc.oneof(
    fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 8 })), value, { maxKeys: 4 }),
    ...(dateKeys.length
      ? [
          fc
            .tuple(fc.constantFrom(...dateKeys), malformedDate)
            .map(([key, date]) => ({ ...valid, [key]: date })),
        ]
      : []),
    fc
      .tuple(fc.subarray(keys), fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 2 }))
      .map(([kept, odd]) => ({ ...Object.fromEntries(kept.map((k) => [k, valid[k]])), ...odd })),
    fc.constantFrom('a[b]=1&a[c][d]=2', 'limit=%', 'from=%E0%A4%A', 'q=%00', '&&&==&', 'limit[]=1&limit[]=2'),
    fc.string({ maxLength: 40 }),
  );
}
