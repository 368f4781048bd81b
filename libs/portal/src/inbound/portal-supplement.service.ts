import { Injectable } from '@nestjs/common';
import { ProcedureRevisionsService } from '@motcua/catalog';
import { Clock, MetricsService } from '@motcua/common';
import { assertKnownDocuments, DossierLedgerService, PORTAL_STATUS } from '@motcua/dossier';
import type { PortalClient } from './portal-clients.config';
import { PortalFilesService } from './portal-files.service';
import { PortalErrorCode, PortalException } from './portal.exception';
import { PortalInboundRepository } from './portal-inbound.repository';
import { decodeFiles, type PortalReceipt } from './portal-inbound.service';
import type { PortalSupplementDto } from './portal-supplement.dto';
import { planPortalSupplement } from './portal-supplement.plan';

/**
 * A citizen's supplement sent back through the portal for an online dossier reception found incomplete: the wait
 * ends, the documents and files join the dossier, and it is `submitted` again (portal status 1) for reception to
 * check, accept (the clock starts then) or refuse, exactly as a new online dossier.
 */
@Injectable()
export class PortalSupplementService {
  constructor(
    private readonly revisions: ProcedureRevisionsService,
    private readonly ledger: DossierLedgerService,
    private readonly portal: PortalInboundRepository,
    private readonly files: PortalFilesService,
    private readonly clock: Clock,
    private readonly metrics: MetricsService,
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
    const files = await this.files.keep(decodeFiles(dto));
    // Planned on the row as it is; planned again if another change (reception, the wait's sweep) came first.
    const committed = await this.ledger.commitLatest(link.dossierId, async (dossier) => {
      assertKnownDocuments(await this.revisions.get(dossier.procedureVersionId), dto.documents);
      return planPortalSupplement({
        dossier,
        client: client.name,
        portalDossierId,
        dto,
        storeFiles: (manager) => this.portal.storeDocuments(manager, dossier.id, files),
        now: this.clock.now(),
      });
    });
    const { dossier } = committed!;
    const receipt: PortalReceipt = {
      code: dossier.code,
      lookupKey: dossier.lookupKey,
      status: dossier.status,
      portalStatus: PORTAL_STATUS.submitted,
    };
    this.metrics.transition('supplement_submitted');
    return receipt;
  }
}
