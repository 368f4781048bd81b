import type { INestApplication } from '@nestjs/common';
import { setupOpenApi } from '@motcua/common';
import { portalBodyParser, PORTAL_DOSSIERS_PATH } from '@motcua/portal';

/** What main.ts and the e2e tests both do to the api application before it serves. */
export function configureApi(app: INestApplication): void {
  app.setGlobalPrefix('api/v1', { exclude: ['health', 'metrics'] });
  // Before the application's JSON parser: the signature covers the exact bytes sent.
  app.use(PORTAL_DOSSIERS_PATH, portalBodyParser());
  setupOpenApi(app);
}
