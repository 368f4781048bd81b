import { Inject, Injectable } from '@nestjs/common';
import { type Catalog, CATALOG } from '@motcua/catalog';
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
import { findDossierByCode } from './dossier.sql';

/** Finds a dossier the user may read; one the user may not read is as absent as one that does not exist. */
@Injectable()
export class DossierReader {
  constructor(
    private readonly dossiers: DossierRepository,
    @Inject(CATALOG) private readonly catalog: Catalog,
  ) {}

  async readable(user: AuthUser, code: string): Promise<DossierEntity> {
    const dossier = await findDossierByCode(this.dossiers.dataSource.manager, code);
    if (!dossier || !canReadDossier(user, this.catalog.org, dossier)) {
      throw new DossierException(DossierErrorCode.NotFound, `no dossier ${code}`);
    }
    return dossier;
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
