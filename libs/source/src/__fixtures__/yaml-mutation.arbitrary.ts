import fc from 'fast-check';
import { parse, stringify } from 'yaml';

/** Pieces of YAML syntax, so that random text often gets past the first character. */
const TOKENS = [
  ...[':', ': ', '- ', '-', '\n', '\n  ', '  ', '\t', ' ', '#', '# x', '---\n', '...\n', '%YAML 1.2\n'],
  ...['[', ']', '{', '}', ',', '"', "'", '|', '>-', '? ', '&a ', '*a', '!!str ', '!!int ', '!x ', '<<: '],
  ...['steps', 'id', 'code', 'version', 'actions', 'deadline', 'units', 'daysOff', 'year', 'roles'],
  ...['2.000908', '1', '-1', '0.5', '1e400', 'null', 'true', '~', '2026-02-30', 'Tết', '🙂', '\u0000'],
];

/** Random text that looks a little like YAML, and random text in full. */
export const yamlishText: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

const scalar = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('2.000908', 'working_day', 'receive', 'done', '2026-01-01', '15:00', '__proto__'),
);

/** A JSON-ish value for a key: what a careless editor could put there. */
export const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: scalar },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), scalar, { maxKeys: 3 }) },
);

const lines = (text: string): string[] => text.split('\n');

/** Edits of the text itself: cuts, lost or doubled lines, bad indentation, stray characters. */
function textMutation(text: string): fc.Arbitrary<string> {
  const all = lines(text);
  const index = fc.nat({ max: Math.max(0, all.length - 1) });
  const at = (i: number, replace: (line: string) => string[]) =>
    [...all.slice(0, i), ...replace(all[i] ?? ''), ...all.slice(i + 1)].join('\n');
  return fc.oneof(
    fc.nat({ max: text.length }).map((cut) => text.slice(0, cut)),
    index.map((i) => at(i, () => [])),
    index.map((i) => at(i, (line) => [line, line])),
    fc
      .tuple(index, fc.constantFrom(' ', '  ', '\t', '    '), fc.boolean())
      .map(([i, pad, more]) => at(i, (line) => [more ? pad + line : line.replace(/^\s{1,2}/, '')])),
    fc.tuple(index, index).map(([i, j]) => {
      const copy = [...all];
      [copy[i], copy[j]] = [copy[j] ?? '', copy[i] ?? ''];
      return copy.join('\n');
    }),
    fc
      .tuple(fc.nat({ max: text.length }), fc.constantFrom(...TOKENS))
      .map(([i, token]) => text.slice(0, i) + token + text.slice(i)),
  );
}

type Tree = Record<string, unknown> | unknown[];
const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null;

/** Every map or list in the document with the keys it holds, to pick one to edit. */
function containers(root: unknown): Array<{ node: Tree; keys: string[] }> {
  if (!isTree(root)) return [];
  const keys = Object.keys(root);
  return [{ node: root, keys }, ...keys.flatMap((k) => containers((root as Record<string, unknown>)[k]))];
}

type Edit = 'delete' | 'retype' | 'rename' | 'duplicate';

/** Edits of the structure, written back as YAML: keys deleted, duplicated under a new name or retyped. */
function structureMutation(text: string): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.array(
        fc.tuple(
          fc.nat(),
          fc.nat(),
          fc.constantFrom<Edit>('delete', 'retype', 'rename', 'duplicate'),
          junkValue,
          fc.string({ maxLength: 10 }),
        ),
        { minLength: 1, maxLength: 4 },
      ),
      fc.boolean(),
    )
    .map(([edits, wide]) => {
      const root: unknown = parse(text);
      for (const [which, key, edit, value, name] of edits) {
        const candidates = containers(root).filter((c) => c.keys.length > 0);
        if (candidates.length === 0) break;
        const { node, keys } = candidates[which % candidates.length]!;
        const k = keys[key % keys.length]!;
        const target = node as Record<string, unknown>;
        if (edit === 'delete') {
          if (Array.isArray(node)) node.splice(Number(k), 1);
          else delete target[k];
        } else if (edit === 'retype') target[k] = value;
        else if (Array.isArray(node)) node.push(edit === 'duplicate' ? node[Number(k)] : value);
        else {
          target[name || `${k}_`] = target[k];
          if (edit === 'rename') delete target[k];
        }
      }
      return wide ? stringify(root, { indent: 4 }) : stringify(root);
    });
}

/** Near-valid variants of a real file: text edits and structure edits, sometimes one after the other. */
export function mutationsOf(text: string): fc.Arbitrary<string> {
  return fc.oneof(
    textMutation(text),
    structureMutation(text),
    structureMutation(text).chain((mutated) => textMutation(mutated)),
  );
}
