import { findUnit, type Organization, type ProcedureDefinition, topUnitOf } from '@motcua/engine';

export interface FormIssuers {
  /** The one-stop unit that received the dossier: forms 01, 02, 06 and a refusal at reception (03). */
  reception: string;
  /** The competent agency that decided: a refusal to resolve (03), an apology (04), a stop (05). */
  agency: string;
  /** The place line: the center that received the dossier (a commune's forms are not the province's). */
  place: string;
}

/** Pure: in whose name a dossier's forms are issued, and where they are signed off. */
export function formIssuers(
  org: Organization,
  def: Pick<ProcedureDefinition, 'agency'>,
  receivingUnit: string,
): FormIssuers {
  const reception = findUnit(org, receivingUnit)?.name ?? org.center.name;
  const agencyId = def.agency ?? topUnitOf(org, receivingUnit);
  return { reception, agency: findUnit(org, agencyId)?.name ?? reception, place: reception };
}
