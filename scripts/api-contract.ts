import openapiTS, { astToString } from 'openapi-typescript';

export const CONTRACT_HEADER =
  "// Generated from the api's OpenAPI document by `npm run api:types` (openapi-typescript): do not edit; regenerate.\n" +
  '// scripts/test.sh fails when it no longer matches the api.\n';

/** The contract file of an OpenAPI document: openapi-typescript's `paths` and `components`, after the header. */
export async function renderContract(document: object): Promise<string> {
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], { alphabetize: true });
  return `${CONTRACT_HEADER}\n${astToString(ast)}`;
}
