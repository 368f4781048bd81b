import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DOSSIER_ENTITIES } from '../dossier.entities';
import { CatalogModule } from '@motcua/catalog';
import { DossierRepository } from '../dossier.repository';
import { DeadlineService } from './deadline.service';
import { DeadlineSweep } from './deadline-sweep.service';
import { DeadlineSweepRepository } from './deadline-sweep.repository';
import { DeadlineTracker } from './deadline-tracker.service';
import { DossierFlagRepository } from './dossier-flag.repository';
import { SupplementWaitRepository } from './supplement-wait.repository';
import { SupplementWaitSweep } from './supplement-wait-sweep.service';

/** Worker only: deadline timers and the sweep (needs the queues of QueueModule.forWorker()). */
@Module({
  imports: [TypeOrmModule.forFeature(DOSSIER_ENTITIES), CatalogModule],
  providers: [
    DossierRepository,
    DossierFlagRepository,
    DeadlineTracker,
    DeadlineService,
    DeadlineSweepRepository,
    DeadlineSweep,
    SupplementWaitRepository,
    SupplementWaitSweep,
  ],
  exports: [DeadlineService, DeadlineSweep, SupplementWaitSweep],
})
export class DeadlineModule {}
