import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { expectExplained } from '../../source/src/__fixtures__/source-error.expect';
import { mutationsOf, yamlishText } from '../../source/src/__fixtures__/yaml-mutation.arbitrary';
import { parseCalendarYear } from './calendar-year-parser';

const folder = join(__dirname, '../../../workflows/calendars');
const shipped = readdirSync(folder)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({ file: `workflows/calendars/${name}`, text: readFileSync(join(folder, name), 'utf8') }));

function expectParsesOrExplains(file: string, text: string): void {
  const { year, errors } = parseCalendarYear(text, file);
  for (const error of errors) expectExplained(error, file, text);
  expect(year === undefined).toBe(errors.length > 0);
}

describe('parseCalendarYear on fuzzed files', () => {
  it('the shipped files parse (the mutations start from valid files)', () => {
    expect(shipped.length).toBeGreaterThan(0);
    for (const { file, text } of shipped) expect(parseCalendarYear(text, file).errors).toEqual([]);
  });

  it('explains random text and random structures with file:line errors', () => {
    const text = fc.oneof(
      yamlishText,
      fc.jsonValue({ maxDepth: 4 }).map((v) => stringify(v)),
    );
    fc.assert(
      fc.property(text, (t) => expectParsesOrExplains('workflows/calendars/2026.yaml', t)),
      { numRuns: 150 },
    );
  });

  it.each(shipped.map((f) => [f.file, f.text]))('explains every mutation of %s', (file, text) => {
    fc.assert(
      fc.property(mutationsOf(text), (mutated) => expectParsesOrExplains(file, mutated)),
      { numRuns: 100 },
    );
  });
});
