import type { EntityManager } from 'typeorm';
import { findDossierWhere } from './viewed-dossier.sql';
import type { DossierEntity } from '../dossier.entity';
import type { DossierEventEntity } from '../dossier-event.entity';

/** What the citizen's timeline shows of an audit event. */
export type TimelineEvent = Pick<
  DossierEventEntity,
  'action' | 'fromStep' | 'toStep' | 'fromStatus' | 'toStatus' | 'occurredAt' | 'stepDueAt' | 'timeliness'
>;

type EventTuple = [
  string,
  string | null,
  string | null,
  string | null,
  string,
  number,
  number | null,
  string | null,
];

// Instants as whole epoch milliseconds, as pg would have parsed the timestamptz into a Date.
const EVENTS = `(SELECT coalesce(json_agg(json_build_array(e.action, e.from_step, e.to_step, e.from_status, e.to_status,
    floor(extract(epoch FROM e.occurred_at) * 1000)::bigint, floor(extract(epoch FROM e.step_due_at) * 1000)::bigint,
    e.timeliness) ORDER BY e.version), '[]') FROM dossier_event e WHERE e.dossier_id = d.id) AS "timeline"`;

/** The dossier of `code` and its events in order, in one statement; null when there is no such dossier. */
export async function findDossierWithTimeline(
  manager: EntityManager,
  code: string,
): Promise<{ dossier: DossierEntity; events: TimelineEvent[] } | null> {
  const found = await findDossierWhere(manager, 'd.code = $1', [code], [EVENTS]);
  if (!found) return null;
  const events = (found.row.timeline as EventTuple[]).map(
    ([action, fromStep, toStep, fromStatus, toStatus, occurredAt, stepDueAt, timeliness]) => ({
      action,
      fromStep,
      toStep,
      fromStatus: fromStatus as TimelineEvent['fromStatus'],
      toStatus: toStatus as TimelineEvent['toStatus'],
      occurredAt: new Date(occurredAt),
      stepDueAt: stepDueAt === null ? null : new Date(stepDueAt),
      timeliness: timeliness as TimelineEvent['timeliness'],
    }),
  );
  return { dossier: found.dossier, events };
}
