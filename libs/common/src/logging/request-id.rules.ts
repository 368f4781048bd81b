import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const REQUEST_ID_HEADER = 'X-Request-Id';

// Printable and short: a caller's id goes into every log line of the request, so nothing that could break one.
const SANE = /^[A-Za-z0-9][A-Za-z0-9._:@/+=-]{0,127}$/;

/** The caller's `X-Request-Id` when it is a single short token, else undefined. */
export function saneRequestId(header: string | string[] | undefined): string | undefined {
  return typeof header === 'string' && SANE.test(header) ? header : undefined;
}

/** The request's id (the caller's, or a new uuid), echoed in the `X-Request-Id` response header. */
export function assignRequestId(req: IncomingMessage, res: ServerResponse): string {
  const id = saneRequestId(req.headers['x-request-id']) ?? randomUUID();
  res.setHeader(REQUEST_ID_HEADER, id);
  return id;
}
