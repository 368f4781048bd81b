import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DossierEntity } from './dossier.entity';
import { DossierEventEntity } from './dossier-event.entity';
import { DossierPauseEntity } from './dossier-pause.entity';
import { closePause } from './ledger/pause.sql';

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

  /** Locks the row for the rest of `manager`'s transaction (the intake job; the API uses versions instead). */
  lockById(manager: EntityManager, id: string): Promise<DossierEntity | null> {
    return manager
      .getRepository(DossierEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Locks the rows in id order (callers locking many cannot deadlock each other), for `manager`'s transaction. */
  lockByIds(manager: EntityManager, ids: string[]): Promise<DossierEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager
      .getRepository(DossierEntity)
      .createQueryBuilder('d')
      .where('d.id IN (:...ids)', { ids })
      .orderBy('d.id', 'ASC')
      .setLock('pessimistic_write')
      .getMany();
  }

  async insert(manager: EntityManager, dossier: Partial<DossierEntity>): Promise<DossierEntity> {
    return manager.getRepository(DossierEntity).save(manager.getRepository(DossierEntity).create(dossier));
  }

  /**
   * Applies `patch` and bumps the version only if the row is still at `expectedVersion`; returns the new version,
   * or null when another change got there first (nothing written).
   */
  async update(
    manager: EntityManager,
    id: string,
    expectedVersion: number,
    patch: DossierPatch,
  ): Promise<number | null> {
    const result = await manager
      .createQueryBuilder()
      .update(DossierEntity)
      .set({ ...patch, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
      .returning(['version'])
      .execute();
    const rows = result.raw as Array<{ version: number }>;
    return rows.length === 1 ? rows[0].version : null;
  }

  appendEvent(manager: EntityManager, event: Partial<DossierEventEntity>): Promise<DossierEventEntity> {
    const repo = manager.getRepository(DossierEventEntity);
    return repo.save(repo.create(event));
  }

  events(dossierId: string): Promise<DossierEventEntity[]> {
    return this.dataSource
      .getRepository(DossierEventEntity)
      .find({ where: { dossierId }, order: { version: 'ASC' } });
  }

  openPause(manager: EntityManager, pause: Partial<DossierPauseEntity>): Promise<DossierPauseEntity> {
    const repo = manager.getRepository(DossierPauseEntity);
    return repo.save(repo.create(pause));
  }

  /** Ends the open wait (and its overdue flag): the ledger's own statement, for writers not yet planned. */
  closePause(manager: EntityManager, dossierId: string, endedAt: Date, dueAfter: Date | null): Promise<void> {
    return closePause(manager, dossierId, endedAt, dueAfter);
  }

  pauses(dossierId: string): Promise<DossierPauseEntity[]> {
    return this.dataSource
      .getRepository(DossierPauseEntity)
      .find({ where: { dossierId }, order: { startedAt: 'ASC' } });
  }
}
