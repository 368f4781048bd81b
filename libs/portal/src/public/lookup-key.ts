import { timingSafeEqual } from 'node:crypto';

export const KEY_LENGTH = 4;

const lastDigits = (value: string): string =>
  value.replace(/\D/g, '').slice(-KEY_LENGTH).padStart(KEY_LENGTH, '#');

const sameKey = (a: string, b: string): boolean => timingSafeEqual(Buffer.from(a), Buffer.from(b));

// Compared against a stand-in when there is no dossier, so both paths do the same work.
const NO_DOSSIER = { phone: '####', idNumber: '####' };

/**
 * Does `key` equal the last four digits of the applicant's phone or id number? Both are always compared, in
 * constant time, and a key that is not four digits is compared too (and fails), so timing says nothing.
 */
export function keyMatches(
  applicant: { phone: string; idNumber: string } | null,
  key: string | undefined,
): boolean {
  const given = typeof key === 'string' && /^\d{4}$/.test(key) ? key : '####';
  const { phone, idNumber } = applicant ?? NO_DOSSIER;
  const byPhone = sameKey(lastDigits(phone), given);
  const byId = sameKey(lastDigits(idNumber), given);
  return applicant !== null && given !== '####' && (byPhone || byId);
}
