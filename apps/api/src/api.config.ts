import type { IncomingMessage, ServerResponse } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import type { Express } from 'express';
import {
  assignRequestId,
  Clock,
  EnvData,
  jsonBodyParser,
  parseTrustProxy,
  setupOpenApi,
} from '@motcua/common';
import {
  portalBodyParser,
  PORTAL_CLIENTS,
  PORTAL_DOSSIERS_PATH,
  PORTAL_PAYMENTS_PATH,
  type PortalClient,
} from '@motcua/portal';
import { securityHeaders } from './security-headers.config';

/** What main.ts and the e2e tests both do to the api application before it serves. */
export function configureApi(app: INestApplication): void {
  const env = app.get(EnvData);
  const express = app.getHttpAdapter().getInstance() as Express;
  // Behind a reverse proxy, request.ip is the client's address from X-Forwarded-For, not the proxy's.
  express.set('trust proxy', parseTrustProxy(env.http.trustProxy));
  app.setGlobalPrefix('api/v1', { exclude: ['health', 'metrics'] });
  app.use(securityHeaders());
  // First of all, so that a body the parsers refuse (bad JSON, too large) is answered with its request id too;
  // the request logger then keeps this id.
  app.use((req: IncomingMessage & { id?: string }, res: ServerResponse, next: () => void) => {
    req.id ??= assignRequestId(req, res);
    next();
  });
  // Before the application's JSON parser: the portal's headers are checked before its large body is read, and
  // the signature covers the exact bytes sent.
  const clients = app.get<PortalClient[]>(PORTAL_CLIENTS, { strict: false });
  app.use([PORTAL_DOSSIERS_PATH, PORTAL_PAYMENTS_PATH], portalBodyParser(clients, app.get(Clock)));
  // Every other route's, in place of Nest's: refuses bodies nested too deep and bytes that are not UTF-8.
  app.use(jsonBodyParser());
  if (env.http.docs) setupOpenApi(app);
}
