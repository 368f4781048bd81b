import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type Catalog, CATALOG, findProcedure } from '@motcua/catalog';
import type {
  DossierEntity,
  DossierEventEntity,
  FirstSyncMessage,
  PortalSyncAppender,
} from '@motcua/dossier';
import { findUnit } from '@motcua/engine';
import { jobId, JobName, type OutboxItem, OutboxRepository } from '@motcua/queue';
import { buildPortalPayload, type PortalEvent } from './portal-payload.rules';
import { readPortalHistory } from './portal-sync-history.sql';

interface ProcedureNames {
  name: string;
  field: string;
  fieldCode: string;
  stepNames: Record<string, string>;
}

const deliveryJob = (dossierId: string, seq: number): OutboxItem => ({
  job: { name: JobName.SyncDossier, data: { dossierId } },
  jobId: jobId('sync', dossierId, seq),
});

/** The event as `readPortalHistory` reads it back: absent columns are null, the payload only an extension's. */
const firstEvent = (e: DossierEventEntity): PortalEvent => ({
  version: e.version,
  action: e.action,
  comment: e.comment ?? null,
  actorName: e.actorName ?? null,
  actorTitle: e.actorTitle ?? null,
  actorUnit: e.actorUnit ?? null,
  occurredAt: e.occurredAt,
  fromStatus: e.fromStatus ?? null,
  toStatus: e.toStatus ?? null,
  toStep: e.toStep ?? null,
  stepStartedAt: e.stepStartedAt ?? null,
  stepDueAt: e.stepDueAt ?? null,
  payload: e.action === 'extend' ? (e.payload ?? null) : null,
});

/**
 * Writes the portal sync message of a state change, and its delivery job, inside the state change's transaction.
 * The caller holds the dossier row (its versioned UPDATE or insert), so max(seq) + 1 is gap-free and unique. The
 * message, the change's other jobs and the delivery job are one statement.
 */
@Injectable()
export class PortalSyncWriterService implements PortalSyncAppender {
  /** A procedure revision is never changed once recorded, so its names are read once per process. */
  private readonly procedures = new Map<string, ProcedureNames>();

  constructor(
    @Inject(CATALOG) private readonly catalog: Catalog,
    private readonly outbox: OutboxRepository,
  ) {}

  async append(
    manager: EntityManager,
    dossier: DossierEntity,
    event: DossierEventEntity,
    jobs: OutboxItem[] = [],
  ): Promise<void> {
    const procedure = await this.procedure(manager, dossier.procedureVersionId);
    const { events, pauses, seq } = await readPortalHistory(manager, dossier.id);
    const payload = buildPortalPayload({
      dossier,
      procedure,
      events,
      pauses,
      unitName: (id) => findUnit(this.catalog.org, id)?.name ?? id,
    });
    const job = deliveryJob(dossier.id, seq);
    await this.outbox.appendWith(manager, [...jobs, job], {
      sql: `INSERT INTO portal_sync_message (dossier_id, seq, dossier_version, payload, created_at, next_attempt_at)
            VALUES ($1, $2, $3, $4, $5, now())`,
      params: [dossier.id, seq, event.version, JSON.stringify(payload), event.occurredAt],
    });
  }

  async firstMessage(
    manager: EntityManager,
    dossier: DossierEntity,
    event: DossierEventEntity,
  ): Promise<FirstSyncMessage> {
    const payload = buildPortalPayload({
      dossier,
      procedure: await this.procedure(manager, dossier.procedureVersionId),
      events: [firstEvent(event)],
      pauses: [],
      unitName: (id) => findUnit(this.catalog.org, id)?.name ?? id,
    });
    return { seq: 1, payload, codeAt: ['MaHoSo'], job: deliveryJob(dossier.id, 1) };
  }

  private async procedure(manager: EntityManager, versionId: string): Promise<ProcedureNames> {
    const known = this.procedures.get(versionId);
    if (known) return known;
    const [row] = (await manager.query(
      `SELECT code, name, field, definition->>'fieldCode' AS "fieldCode",
              (SELECT coalesce(jsonb_object_agg(s->>'id', s->>'name'), '{}'::jsonb)
                 FROM jsonb_array_elements(definition->'steps') s) AS "stepNames"
         FROM procedure_version WHERE id = $1`,
      [versionId],
    )) as Array<ProcedureNames & { code: string; fieldCode: string | null }>;
    // A revision recorded before procedure files carried a field code takes the code its procedure has now.
    const fieldCode =
      row.fieldCode ?? findProcedure(this.catalog, row.code)?.definition.fieldCode ?? row.field;
    const names = { name: row.name, field: row.field, fieldCode, stepNames: row.stepNames ?? {} };
    this.procedures.set(versionId, names);
    return names;
  }
}
