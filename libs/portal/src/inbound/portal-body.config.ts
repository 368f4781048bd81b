import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import express from 'express';
import { type Clock, verifyJsonBody } from '@motcua/common';
import type { PortalClient } from './portal-clients.config';
import { verifyPortalHeaders } from './portal-signature.rules';

export const PORTAL_DOSSIERS_PATH = '/api/v1/portal/dossiers';
export const PORTAL_PAYMENTS_PATH = '/api/v1/portal/payments';
/** Room for the documents inline: 5 MB per file decoded is about 6.7 MB of base64. */
export const PORTAL_BODY_LIMIT = '40mb';

const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
};

/**
 * The door of the portal intake, installed before the application's JSON parser (which then leaves the body alone).
 * It checks the client key, timestamp, nonce and signature shape first, and answers a request that fails with 401
 * without reading its body (and closes the connection rather than drain it); only then reads the body, with the
 * larger limit, keeping the exact bytes the signature covers. PortalSignatureGuard verifies the signature and the
 * nonce afterwards.
 */
export function portalBodyParser(clients: PortalClient[], clock: Clock): RequestHandler {
  const parse = express.json({
    limit: PORTAL_BODY_LIMIT,
    verify: (req: IncomingMessage & { rawBody?: Buffer }, res, buffer: Buffer) => {
      verifyJsonBody(req, res, buffer);
      req.rawBody = buffer;
    },
  });
  // Named apart: Nest skips its own JSON parser when it finds a middleware called `jsonParser`.
  return function portalJsonParser(req, res, next) {
    try {
      verifyPortalHeaders(
        clients,
        {
          apiKey: header(req, 'x-api-key'),
          timestamp: header(req, 'x-timestamp'),
          nonce: header(req, 'x-nonce'),
          signature: header(req, 'x-signature'),
        },
        clock.now(),
      );
    } catch (refusal) {
      res.setHeader('Connection', 'close');
      next(refusal);
      return;
    }
    parse(req, res, next);
  };
}
