import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { expectExplained } from '../../source/src/__fixtures__/source-error.expect';
import { mutationsOf, yamlishText } from '../../source/src/__fixtures__/yaml-mutation.arbitrary';
import { parseOrg } from './org-parser';

const FILE = 'workflows/org.yaml';
const ORG = readFileSync(join(__dirname, '../../../workflows/org.yaml'), 'utf8');

function expectParsesOrExplains(text: string): void {
  const { org, errors } = parseOrg(text, FILE);
  for (const error of errors) expectExplained(error, FILE, text);
  expect(org === undefined).toBe(errors.length > 0);
  if (org) expect(org.units.every((u) => typeof u.id === 'string')).toBe(true);
}

describe('parseOrg on fuzzed files', () => {
  it('the shipped file parses (the mutations start from a valid file)', () => {
    expect(parseOrg(ORG, FILE).errors).toEqual([]);
  });

  it('explains random text and random structures with file:line errors', () => {
    const text = fc.oneof(
      yamlishText,
      fc.jsonValue({ maxDepth: 4 }).map((v) => stringify(v)),
    );
    fc.assert(fc.property(text, expectParsesOrExplains), { numRuns: 150 });
  });

  it('explains every mutation of the shipped org.yaml', () => {
    fc.assert(fc.property(mutationsOf(ORG), expectParsesOrExplains), { numRuns: 100 });
  });
});
