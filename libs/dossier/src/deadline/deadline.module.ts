import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DOSSIER_ENTITIES } from '../dossier.entities';
import { CatalogModule } from '@motcua/catalog';
import { DossierRepository } from '../dossier.repository';
import { DossierLedger } from '../ledger/dossier.ledger';
import { DeadlineService } from './deadline.service';
import { DeadlineSweep } from './deadline-sweep.service';
import { DeadlineSweepRepository } from './deadline-sweep.repository';
import { BranchFlagRepository } from './branch-flag.repository';
import { DeadlineTracker } from './deadline-tracker.service';
import { DossierFlagRepository } from './dossier-flag.repository';
import { SupplementWaitRepository } from './supplement-wait.repository';
import { SupplementWaitSweep } from './supplement-wait-sweep.service';
import { ReprojectionService } from './reprojection.service';

/**
 * Worker only: deadline timers, the sweep and the start-up re-projection (needs the queues of
 * QueueModule.forWorker(), the portal sync writer and a REPROJECTION_NOTIFIER, both global).
 */
@Module({
  imports: [TypeOrmModule.forFeature(DOSSIER_ENTITIES), CatalogModule],
  providers: [
    DossierRepository,
    DossierLedger,
    DossierFlagRepository,
    DeadlineTracker,
    DeadlineService,
    DeadlineSweepRepository,
    BranchFlagRepository,
    DeadlineSweep,
    SupplementWaitRepository,
    SupplementWaitSweep,
    ReprojectionService,
  ],
  exports: [DeadlineService, DeadlineSweep, SupplementWaitSweep],
})
export class DeadlineModule {}
