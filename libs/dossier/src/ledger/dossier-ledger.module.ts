import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@motcua/catalog';
import { OutboxModule } from '@motcua/queue';
import { DOSSIER_ENTITIES } from '../dossier.entities';
import { DossierRepository } from '../dossier.repository';
import { DeadlineTracker } from '../deadline/deadline-tracker.service';
import { DossierFlagRepository } from '../deadline/dossier-flag.repository';
import { DossierLedger } from './dossier.ledger';

/**
 * The dossier row and its one write path, for every module of any process that reads or changes dossiers (needs
 * PORTAL_SYNC and CITIZEN_NOTICES, both global).
 */
@Module({
  imports: [TypeOrmModule.forFeature(DOSSIER_ENTITIES), CatalogModule, OutboxModule],
  providers: [DossierRepository, DossierFlagRepository, DeadlineTracker, DossierLedger],
  exports: [
    TypeOrmModule,
    OutboxModule,
    DossierRepository,
    DossierFlagRepository,
    DeadlineTracker,
    DossierLedger,
  ],
})
export class DossierLedgerModule {}
