import type { INestApplication } from '@nestjs/common';
import { setupOpenApi } from '@motcua/common';

/** What main.ts and the e2e tests both do to the api application before it serves. */
export function configureApi(app: INestApplication): void {
  app.setGlobalPrefix('api/v1', { exclude: ['health', 'metrics'] });
  setupOpenApi(app);
}
