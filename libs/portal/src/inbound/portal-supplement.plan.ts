import type { Alongside, DossierEntity, UpdatePlan } from '@motcua/dossier';
import { PORTAL_STATUS } from '@motcua/dossier';
import { PortalErrorCode, PortalException } from './portal.exception';
import type { PortalSupplementDto } from './portal-supplement.dto';

export interface PortalSupplementInput {
  dossier: DossierEntity;
  client: string;
  portalDossierId: string;
  dto: PortalSupplementDto;
  /** Writes the decoded files with the change (they are kept beside the dossier, in its transaction). */
  storeFiles: Alongside;
  now: Date;
}

/**
 * The citizen's answer, through the portal, to reception's supplement request on an online dossier: the wait ends
 * (no appointment yet: the clock has not started), the documents join the dossier's, and it is `submitted` again
 * (portal status 1) for reception to check. Only a dossier waiting for the citizen takes one.
 */
export function planPortalSupplement(input: PortalSupplementInput): UpdatePlan {
  const { dossier, dto, now } = input;
  if (dossier.status !== 'awaiting_documents') {
    throw new PortalException(
      PortalErrorCode.SupplementNotAwaited,
      `dossier ${dossier.code} is ${dossier.status}: reception has not asked for a supplement through the portal`,
      { status: dossier.status, portalStatus: PORTAL_STATUS[dossier.status] },
    );
  }
  const handed = dto.documents.map(({ name, originals, copies }) => ({ name, originals, copies }));
  return {
    kind: 'update',
    at: now,
    dossier,
    patch: {
      status: 'submitted',
      documents: [...dossier.documents, ...handed],
      pausedAt: null,
      lastActivityAt: now,
    },
    event: {
      action: 'supplement_submitted',
      fromStep: dossier.step,
      toStep: dossier.step,
      fromStatus: dossier.status,
      toStatus: 'submitted',
      actorId: null,
      actorUsername: input.client,
      actorRole: 'portal',
      comment: dto.note ?? null,
      occurredAt: now,
      payload: { portalDossierId: input.portalDossierId, documents: handed },
    },
    closePause: { dueAfter: null },
    deadlines: null,
    portalSync: true,
    jobs: [],
    alongside: input.storeFiles,
  };
}
