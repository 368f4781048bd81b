import type { IncomingMessage, ServerResponse } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { assignRequestId, setupOpenApi } from '@motcua/common';
import { portalBodyParser, PORTAL_DOSSIERS_PATH } from '@motcua/portal';
import { securityHeaders } from './security-headers';

/** What main.ts and the e2e tests both do to the api application before it serves. */
export function configureApi(app: INestApplication): void {
  app.setGlobalPrefix('api/v1', { exclude: ['health', 'metrics'] });
  app.use(securityHeaders());
  // First of all, so that a body the parsers refuse (bad JSON, too large) is answered with its request id too;
  // the request logger then keeps this id.
  app.use((req: IncomingMessage & { id?: string }, res: ServerResponse, next: () => void) => {
    req.id ??= assignRequestId(req, res);
    next();
  });
  // Before the application's JSON parser: the signature covers the exact bytes sent.
  app.use(PORTAL_DOSSIERS_PATH, portalBodyParser());
  setupOpenApi(app);
}
