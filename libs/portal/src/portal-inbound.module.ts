import { Module } from '@nestjs/common';
import { CatalogModule } from '@motcua/catalog';
import { EnvData } from '@motcua/common';
import { DossierModule } from '@motcua/dossier';
import { parsePortalClients, PORTAL_CLIENTS } from './inbound/portal-clients.config';
import { PortalInboundController } from './inbound/portal-inbound.controller';
import { PortalInboundRepository } from './inbound/portal-inbound.repository';
import { PortalFilesService } from './inbound/portal-files.service';
import { PortalInboundService } from './inbound/portal-inbound.service';
import { PortalSignatureGuard } from './inbound/portal-signature.guard';
import { PortalSupplementService } from './inbound/portal-supplement.service';
import { PortalPaymentController } from './inbound/portal-payment.controller';
import { PortalPaymentService } from './inbound/portal-payment.service';

/** `POST /portal/dossiers` (and a dossier's `/supplements`), `POST /portal/payments`: online dossiers signed by a portal client. Needs portalBodyParser (api.config). */
@Module({
  imports: [CatalogModule, DossierModule],
  controllers: [PortalInboundController, PortalPaymentController],
  providers: [
    {
      provide: PORTAL_CLIENTS,
      inject: [EnvData],
      useFactory: (env: EnvData) => parsePortalClients(env.portal.clients, env.nodeEnv),
    },
    PortalInboundRepository,
    PortalFilesService,
    PortalInboundService,
    PortalSupplementService,
    PortalPaymentService,
    PortalSignatureGuard,
  ],
})
export class PortalInboundModule {}
