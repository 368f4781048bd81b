import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@motcua/catalog';
import { PORTAL_SYNC } from '@motcua/dossier';
import { OutboxModule } from '@motcua/queue';
import { PortalSyncAdminController } from './outbound/portal-sync-admin.controller';
import { PortalSyncAdminService } from './outbound/portal-sync-admin.service';
import { PortalSyncMessageEntity } from './outbound/portal-sync-message.entity';
import { PortalSyncRepository } from './outbound/portal-sync.repository';
import { PortalSyncWriterService } from './outbound/portal-sync-writer.service';

export const PORTAL_SYNC_WRITER_PROVIDERS = [
  PortalSyncWriterService,
  { provide: PORTAL_SYNC, useExisting: PortalSyncWriterService },
];

/**
 * The api's part of the outbound sync: the writer every state change calls (global, as PORTAL_SYNC, so that
 * libs/dossier need not import this library) and the admin routes of parked messages.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([PortalSyncMessageEntity]), CatalogModule, OutboxModule],
  controllers: [PortalSyncAdminController],
  providers: [...PORTAL_SYNC_WRITER_PROVIDERS, PortalSyncRepository, PortalSyncAdminService],
  exports: [PORTAL_SYNC],
})
export class PortalSyncModule {}
