import type { PersonalDataAccess } from '@motcua/identity';

export const ACCESS_KINDS = ['view', 'form', 'book', 'search', 'list', 'file', 'result'] as const;
/**
 * view: the dossier opened (or answered after an action); form: a statutory form of it printed; file: one of its
 * files downloaded (detail: the file's id); book: listed in a tracking book; search: a hit of a search by code, name
 * or id number; list: on a page of the dossier list; result: its result document downloaded.
 */
export type AccessKind = (typeof ACCESS_KINDS)[number];

/** One read of a dossier's personal data; never the data itself. */
export interface AccessRead {
  dossierId: string;
  dossierCode: string;
  kind: AccessKind;
  /** Which form or book (`01.pdf`, `07:tu-phap-xa`); null for a view or a search hit. */
  detail: string | null;
  fields: PersonalDataAccess;
}
