import { Module } from '@nestjs/common';
import { CatalogModule } from '@motcua/catalog';
import { DossierLedgerModule } from '../ledger/dossier-ledger.module';
import { IntakeSweepService } from './intake-sweep.service';
import { IntakeService } from './intake.service';
import { PendingIntakeRepository } from './pending-intake.repository';

/**
 * Worker only: the services that start accepted dossiers and repair their start jobs (needs the queues of
 * QueueModule.forWorker()); apps/worker's IntakeProcessor calls them.
 */
@Module({
  imports: [DossierLedgerModule, CatalogModule],
  providers: [IntakeService, PendingIntakeRepository, IntakeSweepService],
  exports: [IntakeService, IntakeSweepService],
})
export class IntakeModule {}
