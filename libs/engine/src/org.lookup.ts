import type { OrgUnit, Organization } from './org.types';

export const findUnit = (org: Organization, id: string): OrgUnit | undefined =>
  org.units.find((u) => u.id === id);

/** The electronic agency id of a unit, inherited from the nearest ancestor that has one. */
export function agencyIdOf(org: Organization, unitId: string): string | undefined {
  const seen = new Set<string>();
  for (
    let unit = findUnit(org, unitId);
    unit && !seen.has(unit.id);
    unit = unit.parent ? findUnit(org, unit.parent) : undefined
  ) {
    if (unit.agencyId) return unit.agencyId;
    seen.add(unit.id);
  }
  return undefined;
}
