import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type Catalog, CATALOG } from '@motcua/catalog';
import { DossierEventEntity, DossierPauseEntity, type DossierEntity } from '@motcua/dossier';
import { findUnit } from '@motcua/engine';
import { jobId, JobName, OutboxRepository, type PortalSyncAppender } from '@motcua/queue';
import { buildPortalPayload } from './portal-payload';

/**
 * Writes the portal sync message of a state change, and its delivery job, inside the state change's transaction.
 * The caller holds the dossier row (its versioned UPDATE or insert), so max(seq) + 1 is gap-free and unique.
 */
@Injectable()
export class PortalSyncWriter implements PortalSyncAppender {
  constructor(
    @Inject(CATALOG) private readonly catalog: Catalog,
    private readonly outbox: OutboxRepository,
  ) {}

  async append(manager: EntityManager, dossier: DossierEntity, event: DossierEventEntity): Promise<void> {
    const [procedure] = (await manager.query('SELECT name, field FROM procedure_version WHERE id = $1', [
      dossier.procedureVersionId,
    ])) as Array<{ name: string; field: string }>;
    const events = await manager
      .getRepository(DossierEventEntity)
      .find({ where: { dossierId: dossier.id }, order: { version: 'ASC' } });
    const pauses = await manager
      .getRepository(DossierPauseEntity)
      .find({ where: { dossierId: dossier.id }, order: { startedAt: 'ASC' } });
    const payload = buildPortalPayload({
      dossier,
      procedure,
      events,
      pauses,
      unitName: (id) => findUnit(this.catalog.org, id)?.name ?? id,
    });
    const [{ seq }] = (await manager.query(
      `INSERT INTO portal_sync_message (dossier_id, seq, dossier_version, payload, created_at, next_attempt_at)
       SELECT $1, coalesce(max(seq), 0) + 1, $2, $3, $4, now() FROM portal_sync_message WHERE dossier_id = $1
       RETURNING seq`,
      [dossier.id, event.version, JSON.stringify(payload), event.occurredAt],
    )) as Array<{ seq: number }>;
    await this.outbox.append(manager, [
      {
        job: { name: JobName.SyncDossier, data: { dossierId: dossier.id } },
        jobId: jobId('sync', dossier.id, seq),
      },
    ]);
  }
}
