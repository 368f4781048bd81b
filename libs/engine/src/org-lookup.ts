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

/** The top of a unit's parent chain (the People's Committee a center or division belongs to). */
export function topUnitOf(org: Organization, unitId: string): string {
  const seen = new Set<string>();
  let unit = findUnit(org, unitId);
  while (unit?.parent && !seen.has(unit.id)) {
    seen.add(unit.id);
    const parent = findUnit(org, unit.parent);
    if (!parent) break;
    unit = parent;
  }
  return unit?.id ?? unitId;
}
