import { createHmac, timingSafeEqual } from 'node:crypto';
import type { PortalClient } from './portal-clients.config';
import { PortalErrorCode, PortalException } from './portal.exception';

export const MAX_AGE_MS = 5 * 60_000;
export const MAX_AHEAD_MS = 60_000;
const NONCE = /^[A-Za-z0-9_.:-]{8,128}$/;

export interface SignedRequest {
  apiKey?: string;
  timestamp?: string;
  nonce?: string;
  signature?: string;
  rawBody: Buffer;
}

/** Hex HMAC-SHA256 of `${timestamp}\n${nonce}\n${rawBody}`, with the timestamp exactly as sent. */
export function signPortalRequest(secret: string, timestamp: string, nonce: string, rawBody: Buffer): string {
  return createHmac('sha256', secret).update(`${timestamp}\n${nonce}\n`).update(rawBody).digest('hex');
}

/** Unix seconds or an ISO 8601 instant with its offset; NaN otherwise. */
export function parseTimestamp(value: string): number {
  if (/^\d{9,11}$/.test(value)) return Number(value) * 1000;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return NaN;
  return Date.parse(value);
}

const equal = (a: Buffer, b: Buffer): boolean => a.length === b.length && timingSafeEqual(a, b);

export type PortalHeaders = Omit<SignedRequest, 'rawBody'>;

const SIGNATURE = /^[0-9a-f]{64}$/i;

/**
 * What can be checked before the body is read: a known client key, a fresh timestamp, a nonce and a signature of
 * the right shape. Throws a 401 PortalException otherwise; returns the client. Pure. The api answers a request that
 * fails here without reading its body, so only a portal client can make the api read a large one.
 */
export function verifyPortalHeaders(clients: PortalClient[], req: PortalHeaders, now: Date): PortalClient {
  const key = Buffer.from(req.apiKey ?? '');
  const client = clients.find((c) => equal(Buffer.from(c.apiKey), key));
  if (!client) {
    throw new PortalException(PortalErrorCode.UnknownClient, 'X-Api-Key: not the key of a portal client');
  }
  const at = parseTimestamp(req.timestamp ?? '');
  if (Number.isNaN(at) || at < now.getTime() - MAX_AGE_MS || at > now.getTime() + MAX_AHEAD_MS) {
    throw new PortalException(
      PortalErrorCode.StaleTimestamp,
      'X-Timestamp: must be unix seconds or ISO 8601, at most 5 minutes old and 1 minute ahead',
    );
  }
  if (!req.nonce || !NONCE.test(req.nonce)) {
    throw new PortalException(PortalErrorCode.BadSignature, 'X-Nonce: 8 to 128 letters, digits or . _ : -');
  }
  if (!SIGNATURE.test(req.signature ?? '')) {
    throw new PortalException(PortalErrorCode.BadSignature, 'X-Signature: 64 hexadecimal digits');
  }
  return client;
}

/**
 * Which client signed the request; throws a 401 PortalException otherwise. Pure (the nonce's freshness is the
 * caller's: it is checked last, against the database, so that only a correctly signed request can use one up).
 */
export function verifyPortalRequest(clients: PortalClient[], req: SignedRequest, now: Date): PortalClient {
  const client = verifyPortalHeaders(clients, req, now);
  const expected = Buffer.from(
    signPortalRequest(client.secret, req.timestamp!, req.nonce!, req.rawBody),
    'hex',
  );
  if (!equal(expected, Buffer.from(req.signature!, 'hex'))) {
    throw new PortalException(
      PortalErrorCode.BadSignature,
      'X-Signature: not the HMAC-SHA256 of timestamp, nonce and body with this client secret',
    );
  }
  return client;
}
