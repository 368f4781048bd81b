import type { DossierEntity } from '@motcua/dossier';
import { findUnit, type Organization, type ProcedureDefinition, topUnitOf } from '@motcua/engine';
import type { ResultKind } from './result.types';

/** What the generated result PDF says. */
export interface ResultDocument {
  /** The competent agency, in whose name the document is issued. */
  issuer: string;
  number: string;
  /** The place and date line: `UBND xã Gia Phú, ngày 23 tháng 11 năm 2026`. */
  placeAndDate: string;
  title: string;
  fields: Array<[string, string]>;
  decision: string;
  signerTitle: string;
  signerName: string;
}

export interface TemplateInput {
  kind: ResultKind;
  number: string;
  documentDate: string;
  signerName: string;
  signerTitle: string;
  decision: string;
}

const TITLES: Record<ResultKind, string> = {
  result: 'Kết quả giải quyết thủ tục hành chính',
  refusal: 'Văn bản từ chối giải quyết hồ sơ',
};

/** The agency that decides the procedure: its `agency`, else the body at the top of the receiving unit's chain. */
export function issuerOf(
  org: Organization,
  def: Pick<ProcedureDefinition, 'agency'>,
  receivingUnit: string,
): string {
  const agency = def.agency ?? topUnitOf(org, receivingUnit);
  return findUnit(org, agency)?.name ?? org.center.name;
}

/** Pure: the result document of a dossier from what the officer recorded. */
export function resultDocument(
  input: TemplateInput,
  dossier: Pick<DossierEntity, 'code' | 'applicantName' | 'receivingUnit' | 'receivedAt'>,
  def: Pick<ProcedureDefinition, 'agency' | 'code' | 'name'>,
  org: Organization,
): ResultDocument {
  const [year, month, day] = input.documentDate.split('-');
  const issuer = issuerOf(org, def, dossier.receivingUnit);
  return {
    issuer,
    number: input.number,
    placeAndDate: `${issuer}, ngày ${day} tháng ${month} năm ${year}`,
    title: TITLES[input.kind],
    fields: [
      ['Thủ tục', `${def.name} (mã ${def.code})`],
      ['Mã hồ sơ', dossier.code],
      ['Người nộp hồ sơ', dossier.applicantName],
    ],
    decision: input.kind === 'refusal' ? `Lý do từ chối: ${input.decision}` : input.decision,
    signerTitle: input.signerTitle,
    signerName: input.signerName,
  };
}
