import { Injectable } from '@nestjs/common';
import { type AuthUser, canReadDossier } from '@motcua/identity';
import type { DossierEntity } from '../dossier.entity';
import { DossierErrorCode, DossierException } from '../dossier.exception';
import { DossierRepository } from '../dossier.repository';
import { findDossierByCode } from './dossier.sql';

/** Finds a dossier the user may read; one the user may not read is as absent as one that does not exist. */
@Injectable()
export class DossierReader {
  constructor(private readonly dossiers: DossierRepository) {}

  async readable(user: AuthUser, code: string): Promise<DossierEntity> {
    const dossier = await findDossierByCode(this.dossiers.dataSource.manager, code);
    if (!dossier || !canReadDossier(user, dossier.routeUnits, dossier.receivingUnit)) {
      throw new DossierException(DossierErrorCode.NotFound, `no dossier ${code}`);
    }
    return dossier;
  }
}
