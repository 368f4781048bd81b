import { Module } from '@nestjs/common';
import { CatalogModule } from '@motcua/catalog';
import { DossierLedgerModule } from '../ledger/dossier-ledger.module';
import { IntakeProcessor } from './intake.processor';
import { IntakeReconciler } from './intake-reconciler.service';
import { IntakeService } from './intake.service';
import { PendingIntakeRepository } from './pending-intake.repository';

/** Worker only: starts accepted dossiers (needs the queues of QueueModule.forWorker()). */
@Module({
  imports: [DossierLedgerModule, CatalogModule],
  providers: [IntakeService, IntakeProcessor, PendingIntakeRepository, IntakeReconciler],
  exports: [IntakeService, IntakeReconciler],
})
export class IntakeModule {}
