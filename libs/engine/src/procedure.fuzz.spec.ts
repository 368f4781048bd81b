import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { expectExplained } from '../../source/src/__fixtures__/source-error.expect';
import { junkValue, mutationsOf, yamlishText } from '../../source/src/__fixtures__/yaml-mutation.arbitrary';
import { defaultRegistry } from './engine-registry';
import { parseOrg } from './org-parser';
import { compileProcedure } from './procedure-compiler';
import { loadProcedures } from './procedure-loader';
import { startDossier } from './procedure-runtime';

const workflows = join(__dirname, '../../../workflows');
const { org } = parseOrg(readFileSync(join(workflows, 'org.yaml'), 'utf8'), 'workflows/org.yaml');
const ctx = { org: org!, registry: defaultRegistry };
const shipped = readdirSync(join(workflows, 'procedures'))
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => ({
    file: `workflows/procedures/${name}`,
    text: readFileSync(join(workflows, 'procedures', name), 'utf8'),
  }));

/** A generous bound: the loader is bounded by design, a slow machine must not make this flaky. */
const SLOW_MS = 5_000;

/** Loads one file: never throws; an error names the file and a line of it; a definition compiles. */
function expectLoadsOrExplains(file: string, text: string): void {
  const started = Date.now();
  const { procedures, errors } = loadProcedures([{ file, text }], ctx);
  expect(Date.now() - started).toBeLessThan(SLOW_MS);
  for (const error of errors) expectExplained(error, file, text);
  expect(procedures.length + Math.min(errors.length, 1)).toBe(1);
  for (const def of procedures)
    expect(startDossier(compileProcedure(def, defaultRegistry)).phase).toBe('active');
}

describe('loadProcedures on fuzzed files', () => {
  it('shipped files load as they are (the mutations start from valid files)', () => {
    expect(shipped.length).toBeGreaterThan(0);
    expect(loadProcedures(shipped, ctx).errors).toEqual([]);
  });

  it('explains random YAML-ish text with file:line errors', () => {
    fc.assert(
      fc.property(yamlishText, (text) => expectLoadsOrExplains('p.yaml', text)),
      { numRuns: 200 },
    );
  });

  it('explains random JSON-like structures written as YAML', () => {
    const structure = fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.dictionary(fc.string(), junkValue));
    fc.assert(
      fc.property(structure, (value) => expectLoadsOrExplains('p.yaml', stringify(value))),
      { numRuns: 100 },
    );
  });

  it.each(shipped.map((f) => [f.file, f.text]))('explains every mutation of %s', (file, text) => {
    fc.assert(
      fc.property(mutationsOf(text), (mutated) => expectLoadsOrExplains(file, mutated)),
      { numRuns: 30 },
    );
  });
});
