import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@motcua/catalog';
import { UserModule } from '@motcua/identity';
import { OutboxRepository } from '@motcua/queue';
import { AssignmentService } from './command/assignment.service';
import { DossierActionService } from './command/dossier-action.service';
import { DossierReader } from './command/dossier.reader';
import { ReceptionService } from './command/reception.service';
import { DossierController, InboxController } from './dossier.controller';
import { DossierEntity } from './dossier.entity';
import { DossierEventEntity } from './dossier-event.entity';
import { DossierPauseEntity } from './dossier-pause.entity';
import { DossierRepository } from './dossier.repository';
import { DossierQueryService } from './query/dossier-query.service';

export const DOSSIER_ENTITIES = [DossierEntity, DossierEventEntity, DossierPauseEntity];

/** The dossier service of the api process: reception, actions, assignment, reads. */
@Module({
  imports: [TypeOrmModule.forFeature(DOSSIER_ENTITIES), CatalogModule, UserModule],
  controllers: [DossierController, InboxController],
  providers: [
    DossierRepository,
    DossierReader,
    OutboxRepository,
    ReceptionService,
    DossierActionService,
    AssignmentService,
    DossierQueryService,
  ],
  exports: [DossierRepository],
})
export class DossierModule {}
