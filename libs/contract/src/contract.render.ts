import type { OpenApiDocument } from './openapi.schema';
import { pathsType } from './paths.type';
import { docOf, keyOf, schemaType } from './schema.type';

export const CONTRACT_HEADER =
  "// Generated from the api's OpenAPI document by `npm run api:types`: do not edit; regenerate.\n" +
  '// scripts/test.sh fails when it no longer matches the api.\n';

/** The `components` interface: one type per schema of the document, by name. */
function componentsType(document: OpenApiDocument): string {
  const schemas = document.components?.schemas ?? {};
  const entries = Object.keys(schemas)
    .sort()
    .map(
      (name) =>
        `${docOf(schemas[name].description, '    ')}    ${keyOf(name)}: ${schemaType(schemas[name], '    ')};\n`,
    );
  return `export interface components {\n  schemas: {\n${entries.join('')}  };\n}\n`;
}

/** The whole contract file: `paths` for openapi-fetch, `components` for the views and bodies. */
export function renderContract(document: OpenApiDocument): string {
  return `${CONTRACT_HEADER}\n${pathsType(document.paths)}\n${componentsType(document)}`;
}
