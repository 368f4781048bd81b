import { schemaCheck, YamlSource, formatSourceError } from '.';

const text = [
  'name: x',
  'steps:',
  '  - id: a',
  '    owner: { unit: u }',
  '  - id: b',
  '    colour: red',
  '',
].join('\n');

describe('YamlSource', () => {
  it('reports YAML syntax errors with their line', () => {
    const { source, errors } = YamlSource.parse('a: 1\nb: [1, 2\nc: 3\n', 'bad.yaml', 'en');
    expect(source).toBeUndefined();
    expect(errors[0]).toMatchObject({ file: 'bad.yaml' });
    expect(errors[0].line).toBeGreaterThanOrEqual(2);
  });

  it('reports an alias to no anchor with its line instead of throwing', () => {
    const { source, errors } = YamlSource.parse('name: x\nsteps: *steps\n', 'alias.yaml', 'en');
    expect(source).toBeUndefined();
    expect(errors.map(formatSourceError)).toEqual([
      'alias.yaml:2: YAML: Unresolved alias (the anchor must be set before the alias): steps',
    ]);
    expect(YamlSource.parse('*!', 'bare.yaml', 'en').errors.map(formatSourceError)).toEqual([
      'bare.yaml:1: YAML: Unresolved alias (the anchor must be set before the alias): !',
    ]);
  });

  it('reports aliases that multiply beyond the limit instead of expanding them', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 6; i++)
      levels.push(
        `l${i}: &l${i} [${Array(10)
          .fill(i === 1 ? '*a' : `*l${i - 1}`)
          .join(', ')}]`,
      );
    const { source, errors } = YamlSource.parse(levels.join('\n'), 'laughs.yaml', 'en');
    expect(source).toBeUndefined();
    expect(errors).toEqual([
      { file: 'laughs.yaml', line: 2, message: expect.stringMatching(/^YAML: .*alias/) },
    ]);
  });

  it('rejects duplicate keys', () => {
    const { errors } = YamlSource.parse('a: 1\na: 2\n', 'dup.yaml', 'en');
    expect(errors.map(formatSourceError).join()).toMatch(/^dup\.yaml:2: YAML:/);
  });

  it('finds the line of a nested value and of a key', () => {
    const { source } = YamlSource.parse(text, 'p.yaml', 'en');
    expect(source!.lineOf(['steps', 1, 'id'])).toBe(5);
    expect(source!.lineOf(['steps', 0, 'owner', 'unit'])).toBe(4);
    expect(source!.lineOfKey(['steps', 1], 'colour')).toBe(6);
    expect(source!.lineOf(['steps', 7, 'nothing'])).toBe(3); // the sequence itself
  });

  it('maps JSON-schema errors to file and line', () => {
    const check = schemaCheck({
      type: 'object',
      additionalProperties: false,
      required: ['name', 'steps'],
      properties: {
        name: { type: 'string' },
        steps: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['id'],
            properties: {
              id: { type: 'string' },
              owner: {
                type: 'object',
                required: ['unit', 'role'],
                properties: { unit: { type: 'string' }, role: { type: 'string' } },
              },
            },
          },
        },
      },
    });
    const { source } = YamlSource.parse(text, 'p.yaml', 'en');
    expect(check(source!).map(formatSourceError)).toEqual([
      "p.yaml:4: steps[0].owner: missing required field 'role'",
      "p.yaml:6: steps[1]: unknown field 'colour'",
    ]);
  });
});
