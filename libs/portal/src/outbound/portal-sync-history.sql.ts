import type { EntityManager } from 'typeorm';
import type { PortalEvent, PortalPause } from './portal-payload.rules';

/** What a sync message is built from besides the dossier row, and the seq it takes. */
export interface PortalHistory {
  events: PortalEvent[];
  pauses: PortalPause[];
  seq: number;
}

type Json<T> = { [K in keyof T]: T[K] extends Date | null ? number | null : T[K] };

// Milliseconds since the epoch, truncated as pg truncates an instant to a Date, whatever the session's time zone.
const camel = (column: string): string => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const ms = (column: string): string => `floor(extract(epoch FROM ${column}) * 1000) AS "${camel(column)}"`;

/*
 * One statement rather than a query per table: every state change writes a message, and each round trip costs
 * the api more than the rows it returns.
 */
const HISTORY_SQL = `
  SELECT
    (SELECT coalesce(json_agg(e ORDER BY e.version), '[]'::json) FROM (
       SELECT version, action, comment, actor_name AS "actorName", actor_title AS "actorTitle",
              actor_unit AS "actorUnit", ${ms('occurred_at')}, ${ms('step_started_at')}, ${ms('step_due_at')},
              CASE WHEN action = 'extend' THEN payload END AS payload,
              from_status AS "fromStatus", to_status AS "toStatus", to_step AS "toStep"
         FROM dossier_event WHERE dossier_id = $1) e) AS events,
    (SELECT coalesce(json_agg(p ORDER BY p."startedAt", p.id), '[]'::json) FROM (
       SELECT id, ${ms('started_at')}, ${ms('ended_at')}, reason, missing_items AS "missingItems",
              ${ms('due_before')}, ${ms('due_after')}
         FROM dossier_pause WHERE dossier_id = $1) p) AS pauses,
    (SELECT coalesce(max(seq), 0) + 1 FROM portal_sync_message WHERE dossier_id = $1) AS seq`;

const instant = (at: number | null): Date | null => (at === null ? null : new Date(at));

/**
 * The dossier's events (by version) and pauses (by start), and the next message seq. Read while the caller holds
 * the dossier row, so the seq stays free until it commits.
 */
export async function readPortalHistory(manager: EntityManager, dossierId: string): Promise<PortalHistory> {
  const [row] = (await manager.query(HISTORY_SQL, [dossierId])) as Array<{
    events: Array<Json<PortalEvent>>;
    pauses: Array<Json<PortalPause> & { id: string }>;
    seq: number;
  }>;
  return {
    events: row.events.map((e) => ({
      ...e,
      occurredAt: instant(e.occurredAt)!,
      stepStartedAt: instant(e.stepStartedAt),
      stepDueAt: instant(e.stepDueAt),
    })),
    pauses: row.pauses.map((p) => ({
      startedAt: instant(p.startedAt)!,
      endedAt: instant(p.endedAt),
      reason: p.reason,
      missingItems: p.missingItems,
      dueBefore: instant(p.dueBefore),
      dueAfter: instant(p.dueAfter),
    })),
    seq: row.seq,
  };
}
