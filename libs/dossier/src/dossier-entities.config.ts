import { DossierBranchEntity } from './dossier-branch.entity';
import { DossierEntity } from './dossier.entity';
import { DossierEventEntity } from './dossier-event.entity';
import { DossierPauseEntity } from './dossier-pause.entity';

/** The tables every dossier module registers with TypeORM. */
export const DOSSIER_ENTITIES = [DossierEntity, DossierEventEntity, DossierPauseEntity, DossierBranchEntity];
