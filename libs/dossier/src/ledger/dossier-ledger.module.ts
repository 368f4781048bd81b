import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@motcua/catalog';
import { OutboxModule } from '@motcua/queue';
import { DOSSIER_ENTITIES } from '../dossier-entities.config';
import { DossierRepository } from '../dossier.repository';
import { DeadlineTrackerService } from '../deadline/deadline-tracker.service';
import { DossierFlagRepository } from '../deadline/dossier-flag.repository';
import { DossierLedgerService } from './dossier-ledger.service';

/**
 * The dossier row and its one write path, for every module of any process that reads or changes dossiers (needs
 * PORTAL_SYNC and CITIZEN_NOTICES, both global).
 */
@Module({
  imports: [TypeOrmModule.forFeature(DOSSIER_ENTITIES), CatalogModule, OutboxModule],
  providers: [DossierRepository, DossierFlagRepository, DeadlineTrackerService, DossierLedgerService],
  exports: [
    TypeOrmModule,
    OutboxModule,
    DossierRepository,
    DossierFlagRepository,
    DeadlineTrackerService,
    DossierLedgerService,
  ],
})
export class DossierLedgerModule {}
