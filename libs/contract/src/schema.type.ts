import type { SchemaObject } from './openapi.schema';

const SCALARS: Record<string, string> = {
  string: 'string',
  number: 'number',
  integer: 'number',
  boolean: 'boolean',
};

/** A property name as a TypeScript key: quoted unless it is a plain identifier. */
export const keyOf = (name: string): string =>
  /^([A-Za-z_$][\w$]*|\d+)$/.test(name) ? name : JSON.stringify(name);

/** A one-line JSDoc comment, or nothing. */
export const docOf = (description: string | undefined, pad: string): string =>
  description ? `${pad}/** ${description.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n` : '';

function objectType(schema: SchemaObject, pad: string): string {
  const required = new Set(schema.required ?? []);
  const inner = `${pad}  `;
  const lines = Object.entries(schema.properties ?? {}).map(
    ([name, property]) =>
      `${docOf(property.description, inner)}${inner}${keyOf(name)}${required.has(name) ? '' : '?'}: ${schemaType(property, inner)};\n`,
  );
  const extra = schema.additionalProperties;
  if (extra) lines.push(`${inner}[key: string]: ${extra === true ? 'unknown' : schemaType(extra, inner)};\n`);
  return lines.length ? `{\n${lines.join('')}${pad}}` : 'Record<string, never>';
}

function bareType(schema: SchemaObject, pad: string): string {
  if (schema.$ref) return `components["schemas"][${JSON.stringify(schema.$ref.split('/').pop())}]`;
  if (schema.allOf) return schema.allOf.map((s) => schemaType(s, pad)).join(' & ');
  const union = schema.oneOf ?? schema.anyOf;
  if (union) return union.map((s) => schemaType(s, pad)).join(' | ');
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (schema.type === 'array') return `${wrapped(schemaType(schema.items ?? {}, pad))}[]`;
  if (schema.type === 'object' && !schema.properties && schema.additionalProperties === undefined)
    return 'Record<string, unknown>';
  if (schema.type === 'object' || schema.properties) return objectType(schema, pad);
  return SCALARS[schema.type ?? ''] ?? 'unknown';
}

const wrapped = (type: string): string => (/^[\w."[\]]+$/.test(type) ? type : `(${type})`);

/** The TypeScript type of a schema, as openapi-typescript writes it (`pad`: the indentation of its line). */
export function schemaType(schema: SchemaObject, pad = ''): string {
  const type = bareType(schema, pad);
  return schema.nullable ? `${wrapped(type)} | null` : type;
}
