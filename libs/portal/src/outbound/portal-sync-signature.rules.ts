import { createHmac, timingSafeEqual } from 'node:crypto';

/** Hex HMAC-SHA256 of `${timestamp}\n${body}`, keyed with PORTAL_SYNC_SECRET: the X-Signature of a sync message. */
export const signSyncMessage = (secret: string, timestamp: string, body: string): string =>
  createHmac('sha256', secret).update(`${timestamp}\n${body}`, 'utf8').digest('hex');

/** What the portal does: recompute over the raw body and compare in constant time. */
export function verifySyncMessage(
  secret: string,
  timestamp: string | undefined,
  body: string,
  signature: string | undefined,
): boolean {
  if (!timestamp || !signature) return false;
  const expected = Buffer.from(signSyncMessage(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
