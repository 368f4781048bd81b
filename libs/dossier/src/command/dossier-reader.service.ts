import { Inject, Injectable } from '@nestjs/common';
import { type Catalog, CATALOG, ProcedureRevisionsService } from '@motcua/catalog';
import type { ProcedureDefinition } from '@motcua/engine';
import {
  type AuthUser,
  canReadDossier,
  type PersonalDataAccess,
  personalDataAccess,
  readScope,
} from '@motcua/identity';
import type { DossierEntity } from '../dossier.entity';
import { DossierErrorCode, DossierException } from '../dossier.exception';
import { DossierRepository } from '../dossier.repository';
import { authorityOf } from '../dossier.rules';
import { findDossierByCode } from '../ledger/dossier.sql';
import type { DossierActionDto } from './dossier-action.dto';
import { isRepeatedAction } from './repeated-action.rules';

/** Finds a dossier the user may read; one the user may not read is as absent as one that does not exist. */
@Injectable()
export class DossierReaderService {
  constructor(
    private readonly dossiers: DossierRepository,
    @Inject(CATALOG) private readonly catalog: Catalog,
    private readonly revisions: ProcedureRevisionsService,
  ) {}

  async readable(user: AuthUser, code: string): Promise<DossierEntity> {
    return this.readableOf(user, code, await findDossierByCode(this.dossiers.dataSource.manager, code));
  }

  /** `readable` for a dossier already found by `code` (or not found: null). */
  async readableOf(user: AuthUser, code: string, dossier: DossierEntity | null): Promise<DossierEntity> {
    const org = this.catalog.org;
    // The competent agency is looked up only when the dossier's reach alone does not let the user in.
    if (!dossier || !(canReadDossier(user, org, dossier) || (await this.leadsTheAgency(user, dossier)))) {
      throw new DossierException(DossierErrorCode.NotFound, `no dossier ${code}`);
    }
    return dossier;
  }

  private async leadsTheAgency(user: AuthUser, dossier: DossierEntity): Promise<boolean> {
    if (!dossier.acceptedAt) return false;
    const { definition } = await this.revisions.get(dossier.procedureVersionId);
    const agencyUnits = authorityOf(this.catalog.org, definition, dossier.receivingUnit).units;
    return canReadDossier(user, this.catalog.org, { ...dossier, agencyUnits });
  }

  /**
   * `dossier` is what this very request made when the same person asked it first (`isRepeatedAction`): a retry after
   * a lost answer, a double click. Reads the event that made the current version only when the version says it may.
   */
  async isRepeat(
    user: AuthUser,
    dossier: DossierEntity,
    asked: Pick<DossierActionDto, 'action' | 'expectedVersion' | 'comment'>,
  ): Promise<boolean> {
    if (dossier.version !== asked.expectedVersion + 1) return false;
    const last = await this.dossiers.eventAt(dossier.id, dossier.version);
    return isRepeatedAction(last, dossier.version, user, asked);
  }

  /** How much of the applicant `user` sees of a dossier they may read. */
  access(user: AuthUser, dossier: DossierEntity, definition: ProcedureDefinition): PersonalDataAccess {
    return personalDataAccess(user, this.catalog.org, dossier, definition);
  }

  /** The units whose dossiers `user` may list, or null for all. */
  scope(user: AuthUser): string[] | null {
    return readScope(user, this.catalog.org);
  }
}
