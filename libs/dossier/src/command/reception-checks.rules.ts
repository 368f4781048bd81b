import type { ProcedureRevision, ProcedureRevisionsService } from '@motcua/catalog';
import { DossierErrorCode, DossierException } from '../dossier.exception';
import { unknownDocuments } from '../dossier.rules';
import type { HandedDocument } from '../dossier.types';

/**
 * The revision a new dossier of `code` starts on at `now`, whichever door it comes in by (desk or portal): the
 * highest version in effect then.
 */
export function currentRevision(revisions: ProcedureRevisionsService, code: string, now: Date): ProcedureRevision {
  const revision = revisions.current(code, now);
  if (!revision) {
    throw new DossierException(
      DossierErrorCode.UnknownProcedure,
      `procedureCode: no procedure ${code} in the catalog`,
    );
  }
  return revision;
}

/** Every handed-in document must be one the procedure lists. */
export function assertKnownDocuments(revision: ProcedureRevision, documents: HandedDocument[]): void {
  const unknown = unknownDocuments(revision.definition, documents);
  if (unknown.length > 0) {
    throw new DossierException(
      DossierErrorCode.UnknownDocument,
      `documents: not in the list of procedure ${revision.code}: ${unknown.map((n) => `'${n}'`).join(', ')}`,
      { unknown, expected: revision.definition.documents.map((d) => d.name) },
    );
  }
}

/** How a new dossier starts, whichever door it comes in by: its code's request and the procedure's columns. */
export function arrival(
  id: string,
  revision: ProcedureRevision,
  agencyId: string,
  receivingUnit: string,
  now: Date,
) {
  return {
    kind: 'insert' as const,
    at: now,
    code: { agencyId, at: now },
    procedureColumns: {
      id,
      procedureCode: revision.code,
      procedureVersionId: revision.id,
      receivingUnit,
      // A fork step has no owner of its own (its branches' steps do).
      routeUnits: [...new Set(revision.definition.steps.map((s) => s.owner.unit))].filter((u) => u !== ''),
    },
  };
}
