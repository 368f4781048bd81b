import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@motcua/catalog';
import { EnvData } from '@motcua/common';
import { PORTAL_SYNC } from '@motcua/dossier';
import { OutboxModule } from '@motcua/queue';
import { PortalSyncMessageEntity } from './outbound/portal-sync-message.entity';
import { PORTAL_SYNC_CONFIG } from './outbound/portal-sync.config';
import { PortalSyncDeliveryService } from './outbound/portal-sync-delivery.service';
import { PortalSyncRepository } from './outbound/portal-sync.repository';
import { PortalSyncSweepService } from './outbound/portal-sync-sweep.service';
import { PORTAL_SYNC_WRITER_PROVIDERS } from './portal-sync.module';

/** The worker's part: the writer (the intake starts dossiers), the delivery and the sweep; needs QueueModule.forWorker(). */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([PortalSyncMessageEntity]), CatalogModule, OutboxModule],
  providers: [
    ...PORTAL_SYNC_WRITER_PROVIDERS,
    PortalSyncRepository,
    {
      provide: PORTAL_SYNC_CONFIG,
      inject: [EnvData],
      useFactory: (env: EnvData) => env.portal.sync,
    },
    PortalSyncDeliveryService,
    PortalSyncSweepService,
  ],
  exports: [PORTAL_SYNC, PortalSyncDeliveryService, PortalSyncSweepService],
})
export class PortalSyncWorkerModule {}
