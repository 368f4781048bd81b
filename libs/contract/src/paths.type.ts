import type { MediaObject, OperationObject, ParameterObject } from './openapi.schema';
import { keyOf, schemaType } from './schema.type';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const PLACES = ['query', 'header', 'path', 'cookie'] as const;

function parametersType(parameters: ParameterObject[], pad: string): string {
  const inner = `${pad}  `;
  const places = PLACES.map((place) => {
    const own = parameters.filter((p) => p.in === place);
    if (!own.length) return `${inner}${place}?: never;\n`;
    const fields = own.map(
      (p) =>
        `${inner}  ${keyOf(p.name)}${p.required ? '' : '?'}: ${schemaType(p.schema ?? { type: 'string' }, `${inner}  `)};\n`,
    );
    const optional = own.every((p) => !p.required) ? '?' : '';
    return `${inner}${place}${optional}: {\n${fields.join('')}${inner}};\n`;
  });
  return `{\n${places.join('')}${pad}}`;
}

function contentType(content: Record<string, MediaObject>, pad: string): string {
  const inner = `${pad}  `;
  const types = Object.entries(content).map(
    ([media, { schema }]) =>
      `${inner}${JSON.stringify(media)}: ${schema ? schemaType(schema, inner) : 'unknown'};\n`,
  );
  return `{\n${types.join('')}${pad}}`;
}

function responsesType(responses: NonNullable<OperationObject['responses']>, pad: string): string {
  const inner = `${pad}  `;
  const body = `${inner}  `;
  const codes = Object.entries(responses).map(([status, response]) => {
    const content = response.content ? contentType(response.content, body) : 'never';
    return (
      `${inner}${keyOf(status)}: {\n${body}headers: {\n${body}  [name: string]: unknown;\n${body}};\n` +
      `${body}content${response.content ? '' : '?'}: ${content};\n${inner}};\n`
    );
  });
  return `{\n${codes.join('')}${pad}}`;
}

function operationType(operation: OperationObject, pad: string): string {
  const inner = `${pad}  `;
  const body = operation.requestBody?.content
    ? `${inner}requestBody${operation.requestBody.required ? '' : '?'}: {\n${inner}  content: ${contentType(operation.requestBody.content, `${inner}  `)};\n${inner}};\n`
    : `${inner}requestBody?: never;\n`;
  return (
    `{\n${inner}parameters: ${parametersType(operation.parameters ?? [], inner)};\n${body}` +
    `${inner}responses: ${responsesType(operation.responses ?? {}, inner)};\n${pad}}`
  );
}

/** The `paths` interface openapi-fetch types its calls with: each path, its methods, parameters and bodies. */
export function pathsType(paths: Record<string, Record<string, OperationObject>>): string {
  const entries = Object.keys(paths)
    .sort()
    .map((path) => {
      const methods = METHODS.filter((m) => paths[path][m]).map(
        (m) => `    ${m}: ${operationType(paths[path][m], '    ')};\n`,
      );
      return `  ${JSON.stringify(path)}: {\n${methods.join('')}  };\n`;
    });
  return `export interface paths {\n${entries.join('')}}\n`;
}
