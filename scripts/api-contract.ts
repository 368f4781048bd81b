import openapiTS, { astToString } from 'openapi-typescript';

export const CONTRACT_HEADER =
  "// Generated from the api's OpenAPI document by `npm run api:types` (openapi-typescript): do not edit; regenerate.\n" +
  '// scripts/test.sh fails when it no longer matches the api.\n';

/** The contract file of an OpenAPI document: openapi-typescript's `paths` and `components`, after the header. */
export async function renderContract(document: object): Promise<string> {
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], { alphabetize: true });
  return `${CONTRACT_HEADER}\n${astToString(ast)}`;
}

// `node -r @swc-node/register scripts/api-contract.ts < document.json`: the contract of a served document, on
// stdout (the e2e suite compares the api's own document with the committed contract this way, in Node, whose
// require of ES modules jest's runtime lacks).
if (require.main === module) {
  const chunks: Buffer[] = [];
  process.stdin.on('data', (chunk: Buffer) => chunks.push(chunk));
  process.stdin.on('end', () => {
    renderContract(JSON.parse(Buffer.concat(chunks).toString('utf8')) as object).then(
      (text) => process.stdout.write(text),
      (error: Error) => {
        console.error(`api-contract: ${error.message}`);
        process.exit(1);
      },
    );
  });
}
