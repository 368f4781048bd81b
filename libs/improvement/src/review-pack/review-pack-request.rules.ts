import { findUnit, type Organization, unitsUnder } from '@motcua/engine';
import type { ImprovementScope } from '@motcua/identity';
import { ReviewPackException } from './review-pack.exception';
import type { PackAgency } from './review-pack.types';

export const FIRST_YEAR = 2000;

/** What a pack is made of once asked for rightly: the agency, its units, the year and its bounds (+07:00). */
export interface PackRequest {
  agency: PackAgency;
  /** The agency and every unit under it: whose procedures the pack holds. */
  units: string[];
  year: number;
  from: string;
  to: string;
  /** The reader's scope, which the step analytics are read with. */
  scope: ImprovementScope;
}

const vietnamYear = (now: Date): number => new Date(now.getTime() + 7 * 3_600_000).getUTCFullYear();

/**
 * Pure: the pack asked for by `scope`'s reader at `now`. A year that is not four digits, before FIRST_YEAR or after
 * the current one (it has no figures yet) is BAD_YEAR; an agency not in the organization file UNKNOWN_AGENCY; a
 * reader without improvement figures (null scope) FORBIDDEN_ROLE; an agency outside the reader's units
 * FORBIDDEN_UNIT.
 */
export function packRequest(
  agencyId: string,
  yearText: string,
  org: Organization,
  scope: ImprovementScope | null,
  now: Date,
): PackRequest {
  if (scope === null) throw ReviewPackException.forbidden();
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
  if (!(year >= FIRST_YEAR && year <= vietnamYear(now))) throw ReviewPackException.badYear(yearText);
  const unit = findUnit(org, agencyId);
  if (!unit) throw ReviewPackException.unknownAgency(agencyId);
  if (scope.units !== null && !scope.units.includes(unit.id))
    throw ReviewPackException.forbiddenAgency(unit.name);
  const parent = unit.parent ? (findUnit(org, unit.parent)?.name ?? null) : null;
  return {
    agency: { id: unit.id, name: unit.name, parent },
    units: unitsUnder(org, unit.id),
    year,
    from: `${year}-01-01T00:00:00+07:00`,
    to: `${year + 1}-01-01T00:00:00+07:00`,
    scope,
  };
}
