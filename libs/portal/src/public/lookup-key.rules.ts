import { timingSafeEqual } from 'node:crypto';

/**
 * Crockford's base 32: digits and capitals without I, L, O, U, so that a key read aloud or copied by hand survives.
 * Keys are drawn by the database (dossier_lookup_key(), migration 1765000710000): 8 characters, 40 bits.
 */
export const KEY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const KEY_LENGTH = 8;

/**
 * The key as typed by a citizen, in its stored form: case, spaces and hyphens ignored, and the letters Crockford
 * reads as digits (O as 0; I and L as 1). Undefined when it cannot be a key.
 */
export function normalizeLookupKey(input: string | undefined): string | undefined {
  if (typeof input !== 'string' || input.length > 32) return undefined;
  const key = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return key.length === KEY_LENGTH && [...key].every((c) => KEY_ALPHABET.includes(c)) ? key : undefined;
}

// Compared against a stand-in when there is no dossier or no usable key, so every path does the same work.
const STAND_IN = '#'.repeat(KEY_LENGTH);

/** Does the typed `key` open a dossier whose key is `stored`? In constant time; false when there is no dossier. */
export function keyMatches(stored: string | null, key: string | undefined): boolean {
  const given = normalizeLookupKey(key);
  const same = timingSafeEqual(Buffer.from(stored ?? STAND_IN), Buffer.from(given ?? STAND_IN));
  return stored !== null && given !== undefined && same;
}
