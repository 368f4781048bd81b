import type { OrgUnit, SessionUser } from './api/api.types';

/**
 * The agency a reader's pack starts on: a supervisor's or ISO officer's center serves the body above it (its
 * parent, the People's Committee), so theirs is that body; anyone else's is their own unit.
 */
export function defaultAgency(user: SessionUser, units: OrgUnit[]): string {
  const own = units.find((u) => u.id === user.unit);
  const centerReader = user.roles.some((r) => r === 'supervisor' || r === 'iso');
  return centerReader && own?.parent ? own.parent : user.unit;
}

/** The years a pack may be asked for, newest first: the current one back to five years before it. */
export const packYears = (now: Date): number[] => {
  const year = new Date(now.getTime() + 7 * 3_600_000).getUTCFullYear();
  return Array.from({ length: 6 }, (_, i) => year - i);
};
