import type { ProcedureRevision } from '@motcua/catalog';
import { fileKey } from '@motcua/common';
import { arrival, type DependentRow, feeStatement, type InsertPlan } from '@motcua/dossier';
import type { PortalSubmission, StoredDocument } from './portal-inbound.repository';
import type { SubmitPortalDossierDto } from './submit-portal-dossier.dto';

export interface PortalSubmissionInput {
  id: string;
  client: string;
  dto: SubmitPortalDossierDto;
  revision: ProcedureRevision;
  agencyId: string;
  /** What it was submitted with (compared with a resend), and its decoded files. */
  submission: unknown;
  files: StoredDocument[];
  now: Date;
}

/**
 * An online dossier sent in by a portal, recorded as `submitted` for reception to check: no clock, no portal
 * message (the portal knows it sent it), its link to the portal's id and its files written with it.
 */
export function planPortalSubmission(input: PortalSubmissionInput): InsertPlan {
  const { id, dto, revision, now } = input;
  const { procedureColumns, ...start } = arrival(id, revision, input.agencyId, dto.receivingUnit, now);
  return {
    ...start,
    row: {
      ...procedureColumns,
      channel: 'online',
      status: 'submitted',
      applicant: { ...dto.applicant },
      applicantName: dto.applicant.fullName,
      applicantIdNumber: dto.applicant.idNumber,
      documents: dto.documents.map(({ name, originals, copies }) => ({ name, originals, copies })),
      summary: dto.summary ?? null,
      paidAmount: paidOnline(input)?.values.amount ?? 0,
      receivedAt: now,
      lastActivityAt: now,
      createdBy: null,
    },
    event: {
      action: 'submit',
      fromStatus: null,
      toStatus: 'submitted',
      actorId: null,
      actorUsername: input.client,
      actorRole: 'portal',
      payload: { portalDossierId: dto.portalDossierId, payment: dto.payment },
      occurredAt: now,
    },
    deadlines: null,
    portalSync: false,
    jobs: [],
    // A concurrent send of the same id waits on the first one's link and then fails on it.
    rows: [
      linkRow({
        client: input.client,
        portalDossierId: dto.portalDossierId,
        dossierId: id,
        paymentStatus: dto.payment.status,
        paymentAmount: dto.payment.amount ?? null,
        receivedAt: now,
        submission: input.submission,
      }),
      ...documentRows(id, input.files),
      ...[paidOnline(input)].filter((row) => row !== null),
    ],
  };
}

/**
 * A dossier the citizen paid for on the portal when submitting it: the payment is recorded with it (the portal
 * submission's id standing for the transaction), when the center collects the procedure's fees.
 */
function paidOnline(input: PortalSubmissionInput): (DependentRow & { values: { amount: number } }) | null {
  const { dto, revision, now } = input;
  const amount = dto.payment.status === 'paid' ? (dto.payment.amount ?? 0) : 0;
  if (amount <= 0 || !feeStatement(revision.definition, 0).collected) return null;
  return {
    table: 'dossier_payment',
    values: {
      dossier_id: input.id,
      agency_id: input.agencyId,
      amount,
      method: 'portal_online',
      source: 'portal',
      portal_client: input.client,
      portal_transaction_id: `submission:${dto.portalDossierId}`,
      paid_at: now,
      recorded_at: now,
      event_version: 1,
    },
  };
}

/** The link of a new dossier to the portal's id, written with the dossier. */
export const linkRow = (s: PortalSubmission): DependentRow => ({
  table: 'portal_dossier',
  values: {
    client: s.client,
    portal_dossier_id: s.portalDossierId,
    dossier_id: s.dossierId,
    payment_status: s.paymentStatus,
    payment_amount: s.paymentAmount,
    received_at: s.receivedAt,
    submission: JSON.stringify(s.submission),
  },
});

export const documentRows = (dossierId: string, documents: StoredDocument[]): DependentRow[] =>
  documents.map((d) => ({
    table: 'dossier_document',
    values: {
      dossier_id: dossierId,
      name: d.name,
      file_name: d.fileName,
      mime_type: d.mimeType,
      size: d.content.length,
      sha256: d.sha256,
      // The bytes are in the FileStore already (PortalFilesService.keep), under the key of their sha256.
      file_key: fileKey(d.sha256),
      kind: 'portal',
    },
  }));
