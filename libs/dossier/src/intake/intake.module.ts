import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@motcua/catalog';
import { DossierEntity } from '../dossier.entity';
import { DossierEventEntity } from '../dossier-event.entity';
import { DossierPauseEntity } from '../dossier-pause.entity';
import { DossierRepository } from '../dossier.repository';
import { IntakeProcessor } from './intake.processor';
import { IntakeReconciler } from './intake-reconciler.service';
import { IntakeService } from './intake.service';
import { PendingIntakeRepository } from './pending-intake.repository';

/** Worker only: starts accepted dossiers (needs the queues of QueueModule.forWorker()). */
@Module({
  imports: [TypeOrmModule.forFeature([DossierEntity, DossierEventEntity, DossierPauseEntity]), CatalogModule],
  providers: [DossierRepository, IntakeService, IntakeProcessor, PendingIntakeRepository, IntakeReconciler],
  exports: [IntakeService, IntakeReconciler],
})
export class IntakeModule {}
