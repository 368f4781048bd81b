import { Inject, Injectable } from '@nestjs/common';
import { ProcedureRevisions } from '@motcua/catalog';
import { Clock, MetricsService } from '@motcua/common';
import {
  assertKnownDocuments,
  DossierRepository,
  PORTAL_STATUS,
  updateDossierWithEvent,
} from '@motcua/dossier';
import { PORTAL_SYNC, type PortalSyncAppender } from '@motcua/queue';
import type { PortalClient } from './portal-clients';
import { PortalErrorCode, PortalException } from './portal-inbound.exception';
import { PortalInboundRepository } from './portal-inbound.repository';
import { decodeFiles, type PortalReceipt } from './portal-inbound.service';
import type { PortalSupplementDto } from './portal-supplement.dto';

/**
 * A citizen's supplement sent back through the portal for an online dossier reception found incomplete: the wait
 * ends, the documents and files join the dossier, and it is `submitted` again (portal status 1) for reception to
 * check, accept (the clock starts then) or refuse, exactly as a new online dossier.
 */
@Injectable()
export class PortalSupplementService {
  constructor(
    private readonly revisions: ProcedureRevisions,
    private readonly dossiers: DossierRepository,
    private readonly portal: PortalInboundRepository,
    private readonly clock: Clock,
    private readonly metrics: MetricsService,
    @Inject(PORTAL_SYNC) private readonly portalSync: PortalSyncAppender,
  ) {}

  async supplement(
    client: PortalClient,
    portalDossierId: string,
    dto: PortalSupplementDto,
  ): Promise<PortalReceipt> {
    const link = await this.portal.findLink(client.name, portalDossierId);
    if (!link) {
      throw new PortalException(
        PortalErrorCode.UnknownDossier,
        `no dossier was sent in by ${client.name} under the portal id ${portalDossierId}`,
      );
    }
    const files = decodeFiles(dto);
    const receipt = await this.dossiers.transaction(async (manager) => {
      const dossier = (await this.dossiers.lockById(manager, link.dossierId))!;
      if (dossier.status !== 'awaiting_documents') {
        throw new PortalException(
          PortalErrorCode.SupplementNotAwaited,
          `dossier ${dossier.code} is ${dossier.status}: reception has not asked for a supplement through the portal`,
          { status: dossier.status, portalStatus: PORTAL_STATUS[dossier.status] },
        );
      }
      assertKnownDocuments(await this.revisions.get(dossier.procedureVersionId), dto.documents);
      const now = this.clock.now();
      const handed = dto.documents.map(({ name, originals, copies }) => ({ name, originals, copies }));
      const patch = {
        status: 'submitted' as const,
        documents: [...dossier.documents, ...handed],
        pausedAt: null,
        lastActivityAt: now,
      };
      const stored = await updateDossierWithEvent(manager, dossier.id, dossier.version, patch, {
        dossierId: dossier.id,
        action: 'supplement_submitted',
        fromStatus: dossier.status,
        toStatus: 'submitted',
        actorUsername: client.name,
        actorRole: 'portal',
        comment: dto.note ?? null,
        occurredAt: now,
        payload: { portalDossierId, documents: handed },
      });
      // The row is locked: the version cannot have moved.
      const { event } = stored!;
      await this.dossiers.closePause(manager, dossier.id, now, null);
      await this.portal.storeDocuments(manager, dossier.id, files);
      const after = { ...dossier, ...patch, version: event.version };
      await this.portalSync.append(manager, after, event);
      return {
        code: dossier.code,
        lookupKey: dossier.lookupKey,
        status: patch.status,
        portalStatus: PORTAL_STATUS.submitted,
      };
    });
    this.metrics.transition('supplement_submitted');
    return receipt;
  }
}
