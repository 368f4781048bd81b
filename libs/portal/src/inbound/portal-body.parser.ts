import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import express from 'express';
import { verifyJsonBody } from '@motcua/common';

export const PORTAL_DOSSIERS_PATH = '/api/v1/portal/dossiers';
/** Room for the documents inline: 5 MB per file decoded is about 6.7 MB of base64. */
export const PORTAL_BODY_LIMIT = '40mb';

/**
 * The JSON parser of the portal intake, installed before the application's own (which then leaves the body
 * alone): it keeps the exact bytes the signature covers and allows a larger body than other routes.
 */
export function portalBodyParser(): RequestHandler {
  const parse = express.json({
    limit: PORTAL_BODY_LIMIT,
    verify: (req: IncomingMessage & { rawBody?: Buffer }, res, buffer: Buffer) => {
      verifyJsonBody(req, res, buffer);
      req.rawBody = buffer;
    },
  });
  // Named apart: Nest skips its own JSON parser when it finds a middleware called `jsonParser`.
  return function portalJsonParser(req, res, next) {
    parse(req, res, next);
  };
}
