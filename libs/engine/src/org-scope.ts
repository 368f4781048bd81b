import type { Organization } from './org.types';

/** `root` and every unit below it in the organization tree (a unit's `parent` links it to the one above). */
export function unitsUnder(org: Organization, root: string): string[] {
  const children = new Map<string, string[]>();
  for (const u of org.units) {
    if (u.parent) children.set(u.parent, [...(children.get(u.parent) ?? []), u.id]);
  }
  const out: string[] = [];
  const seen = new Set<string>();
  const queue = org.units.some((u) => u.id === root) ? [root] : [];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(id);
    queue.push(...(children.get(id) ?? []));
  }
  return out;
}

/**
 * The units a center's supervisor answers for: everything under the body the center belongs to (its parent,
 * the People's Committee it serves), or under the unit itself when it has no parent. A commune center thus
 * covers its commune's units and not the province's, and a unit outside that tree (a vertical-sector agency
 * such as the police) is in no commune's scope.
 */
export function centerUnitsOf(org: Organization, unitId: string): string[] {
  const unit = org.units.find((u) => u.id === unitId);
  if (!unit) return [];
  return unitsUnder(org, unit.parent ?? unit.id);
}
