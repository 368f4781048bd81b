import { Module } from '@nestjs/common';
import { CatalogModule } from '@motcua/catalog';
import { DossierLedgerModule } from '../ledger/dossier-ledger.module';
import { DeadlineService } from './deadline.service';
import { DeadlineSweepService } from './deadline-sweep.service';
import { DeadlineSweepRepository } from './deadline-sweep.repository';
import { BranchFlagRepository } from './branch-flag.repository';
import { SupplementWaitRepository } from './supplement-wait.repository';
import { SupplementWaitSweepService } from './supplement-wait-sweep.service';
import { ReprojectionService } from './reprojection.service';

/**
 * Worker only: deadline timers, the sweep and the start-up re-projection (needs the queues of
 * QueueModule.forWorker(), the portal sync writer and a REPROJECTION_NOTIFIER, both global).
 */
@Module({
  imports: [DossierLedgerModule, CatalogModule],
  providers: [
    DeadlineService,
    DeadlineSweepRepository,
    BranchFlagRepository,
    DeadlineSweepService,
    SupplementWaitRepository,
    SupplementWaitSweepService,
    ReprojectionService,
  ],
  exports: [DeadlineService, DeadlineSweepService, SupplementWaitSweepService],
})
export class DeadlineModule {}
