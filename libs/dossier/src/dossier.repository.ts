import { Injectable } from '@nestjs/common';
import type { LastEvent } from './command/repeated-action.rules';
import { DataSource, type EntityManager } from 'typeorm';
import { DossierEntity } from './dossier.entity';
import { DossierEventEntity } from './dossier-event.entity';
import { DossierPauseEntity } from './dossier-pause.entity';

export type DossierPatch = Partial<Omit<DossierEntity, 'id' | 'version' | 'code' | 'createdAt'>>;

@Injectable()
export class DossierRepository {
  constructor(readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  findByCode(code: string, manager: EntityManager = this.dataSource.manager): Promise<DossierEntity | null> {
    return manager.getRepository(DossierEntity).findOneBy({ code });
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<DossierEntity | null> {
    return manager.getRepository(DossierEntity).findOneBy({ id });
  }

  /** Locks the row for the rest of `manager`'s transaction (a deadline timer, which changes flags, not the version). */
  lockById(manager: EntityManager, id: string): Promise<DossierEntity | null> {
    return manager
      .getRepository(DossierEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The event that made `version` of the dossier (what repeats of an action are told apart by). */
  async eventAt(dossierId: string, version: number): Promise<LastEvent | null> {
    const [row] = (await this.dataSource.query(
      `SELECT version, action, actor_id AS "actorId", comment FROM dossier_event WHERE dossier_id = $1 AND version = $2`,
      [dossierId, version],
    )) as LastEvent[];
    return row ?? null;
  }

  events(dossierId: string): Promise<DossierEventEntity[]> {
    return this.dataSource
      .getRepository(DossierEventEntity)
      .find({ where: { dossierId }, order: { version: 'ASC' } });
  }

  pauses(dossierId: string): Promise<DossierPauseEntity[]> {
    return this.dataSource
      .getRepository(DossierPauseEntity)
      .find({ where: { dossierId }, order: { startedAt: 'ASC' } });
  }
}
