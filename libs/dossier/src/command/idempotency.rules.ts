import { createHash } from 'node:crypto';

/** `Idempotency-Key`: 1 to 128 visible ASCII characters (a UUID is the usual choice). */
export const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,128}$/;

/** Object keys sorted at every level, so that the same request written in another order is the same text. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
  );
}

/** The SHA-256 of a request body's canonical JSON. Pure. */
export const requestFingerprint = (body: unknown): string =>
  createHash('sha256')
    .update(JSON.stringify(canonical(body)))
    .digest('hex');

export type Replay = 'new' | 'replay' | 'key_reused';

/** What a request with a key does: create (no earlier use), answer as before (same body), or be refused. Pure. */
export function replayOf(earlier: { requestSha256: string } | null, fingerprint: string): Replay {
  if (!earlier) return 'new';
  return earlier.requestSha256 === fingerprint ? 'replay' : 'key_reused';
}
