import { renderContract } from './contract.render';
import { schemaType } from './schema.type';

describe('schemaType', () => {
  it('writes scalars, enums, arrays, references and nullables', () => {
    expect(schemaType({ type: 'integer' })).toBe('number');
    expect(schemaType({ type: 'string', enum: ['a', 'b'] })).toBe('"a" | "b"');
    expect(schemaType({ type: 'array', items: { type: 'string', enum: ['x', 'y'] } })).toBe('("x" | "y")[]');
    expect(schemaType({ $ref: '#/components/schemas/StepView' })).toBe('components["schemas"]["StepView"]');
    expect(schemaType({ type: 'string', nullable: true })).toBe('string | null');
    expect(schemaType({ nullable: true, allOf: [{ $ref: '#/components/schemas/StepView' }] })).toBe(
      'components["schemas"]["StepView"] | null',
    );
  });

  it('marks the properties not required optional and keeps their descriptions', () => {
    const type = schemaType({
      type: 'object',
      required: ['code'],
      properties: { code: { type: 'string' }, 'x-id': { type: 'number', description: 'an id' } },
    });
    expect(type).toBe('{\n  code: string;\n  /** an id */\n  "x-id"?: number;\n}');
  });

  it('writes a free object as a record', () => {
    expect(schemaType({ type: 'object' })).toBe('Record<string, unknown>');
    expect(schemaType({ type: 'object', additionalProperties: true })).toBe(
      '{\n  [key: string]: unknown;\n}',
    );
  });
});

describe('renderContract', () => {
  const contract = renderContract({
    paths: {
      '/api/v1/dossiers/{code}': {
        get: {
          parameters: [
            { name: 'code', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'full', in: 'query', schema: { type: 'boolean' } },
          ],
          responses: {
            200: {
              content: { 'application/json': { schema: { $ref: '#/components/schemas/DossierView' } } },
            },
            404: {},
          },
        },
      },
    },
    components: { schemas: { DossierView: { type: 'object', properties: { code: { type: 'string' } } } } },
  });

  it('types each operation as openapi-fetch reads it: parameters by place, responses by status', () => {
    expect(contract).toContain('path: {\n          code: string;\n        };');
    expect(contract).toContain('query?: {\n          full?: boolean;\n        };');
    expect(contract).toContain('"application/json": components["schemas"]["DossierView"];');
    expect(contract).toContain('404: {');
    expect(contract).toContain('requestBody?: never;');
  });

  it('lists the schemas under components', () => {
    expect(contract).toContain(
      'export interface components {\n  schemas: {\n    DossierView: {\n      code?: string;',
    );
  });
});
