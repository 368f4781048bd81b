import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DOSSIER_ENTITIES } from '../dossier.entities';
import { CatalogModule } from '@motcua/catalog';
import { DossierRepository } from '../dossier.repository';
import { DeadlineTracker } from '../deadline/deadline-tracker.service';
import { DossierFlagRepository } from '../deadline/dossier-flag.repository';
import { DossierLedger } from '../ledger/dossier.ledger';
import { IntakeProcessor } from './intake.processor';
import { IntakeReconciler } from './intake-reconciler.service';
import { IntakeService } from './intake.service';
import { PendingIntakeRepository } from './pending-intake.repository';

/** Worker only: starts accepted dossiers (needs the queues of QueueModule.forWorker()). */
@Module({
  imports: [TypeOrmModule.forFeature(DOSSIER_ENTITIES), CatalogModule],
  providers: [
    DossierRepository,
    DossierFlagRepository,
    DeadlineTracker,
    DossierLedger,
    IntakeService,
    IntakeProcessor,
    PendingIntakeRepository,
    IntakeReconciler,
  ],
  exports: [IntakeService, IntakeReconciler],
})
export class IntakeModule {}
