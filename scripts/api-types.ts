import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { openApiDocument } from '@motcua/common';
import { ApiModule } from '../apps/api/src/api.module';
import { renderContract } from './api-contract';

export const CONTRACT_FILE = resolve(__dirname, '../libs/contract/src/api.d.ts');

/**
 * Writes the api's typed contract (libs/contract/src/api.d.ts, or the file given) from its OpenAPI document, built
 * from the modules' metadata: `preview` creates no provider, so neither PostgreSQL nor Redis is needed.
 */
async function main(out = CONTRACT_FILE): Promise<void> {
  const app = await NestFactory.create(ApiModule, { preview: true, logger: false });
  // As configureApi does: the paths of the document carry the prefix.
  app.setGlobalPrefix('api/v1', { exclude: ['health', 'metrics'] });
  writeFileSync(out, await renderContract(openApiDocument(app)));
  await app.close();
}

main(process.argv[2]).then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`api:types: ${error.message}`);
    process.exit(1);
  },
);
