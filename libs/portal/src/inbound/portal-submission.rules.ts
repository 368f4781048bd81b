import { findUnit, type Organization } from '@motcua/engine';

/** Why a portal dossier cannot be received by `unitId`, or null. Pure. */
export function receivingUnitProblem(org: Organization, unitId: string): 'unknown' | 'no_reception' | null {
  const unit = findUnit(org, unitId);
  if (!unit) return 'unknown';
  // Stored there, a dossier would wait for a reception desk that does not exist, and the portal would show 1 forever.
  return unit.roles.includes('reception') ? null : 'no_reception';
}

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The paths at which two submissions of one portal dossier differ (`applicant.phone`, `documents.1.copies`,
 * `documents` when their number differs), in order; empty when they are the same. Pure.
 */
export function submissionDiff(before: unknown, after: unknown, at = ''): string[] {
  const path = (key: string | number) => (at ? `${at}.${key}` : String(key));
  if (isPlain(before) && isPlain(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => submissionDiff(before[k], after[k], path(k)));
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    return before.flatMap((item, i) => submissionDiff(item, after[i], path(i)));
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [at || '(body)'];
}
