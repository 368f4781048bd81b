import { parseProcedure, defaultRegistry, parseOrg, type ProcedureDefinition } from '@motcua/engine';
import { readFileSync } from 'node:fs';
import { definitionHashOf } from './procedure-definition.rules';

const org = parseOrg(readFileSync('workflows/org.yaml', 'utf8'), 'workflows/org.yaml').org!;
const text = readFileSync('workflows/procedures/2.000908.yaml', 'utf8');
const hashOf = (body: string, file = 'workflows/procedures/2.000908.yaml'): string => {
  const { procedure, errors } = parseProcedure(body, file, { org, registry: defaultRegistry });
  expect(errors).toEqual([]);
  return definitionHashOf(procedure as ProcedureDefinition);
};

describe('the content of a procedure file', () => {
  it('is what the file says, not its comments, spacing, quoting, key order, lines or name', () => {
    const same = `# reviewed\n\n${text}`
      .replace("name: 'Cấp bản sao từ sổ gốc'", 'name: "Cấp bản sao từ sổ gốc"')
      .replace('fees: []', 'fees:    [] # none');
    expect(hashOf(same, 'elsewhere.yaml')).toBe(hashOf(text));
  });

  it('changes with a step time, an action or the name', () => {
    const base = hashOf(text);
    expect(
      hashOf(text.replace('{ amount: 3, unit: working_hour }', '{ amount: 2.5, unit: working_hour }')),
    ).not.toBe(base);
    expect(hashOf(text.replace('sign: release', 'approve: release'))).not.toBe(base);
    expect(hashOf(text.replace("name: 'Cấp bản sao từ sổ gốc'", "name: 'Cấp bản sao'"))).not.toBe(base);
  });
});
