import type { WorkingCalendar } from '@motcua/calendar';
import type { ProcedureDefinition } from '@motcua/engine';
import type { DossierEntity } from '../dossier.entity';
import { eventWhereItStands, type UpdatePlan } from '../ledger/dossier.plan';
import { prepareDeadlines } from './deadline.prepare';
import {
  planReprojection,
  type Reprojection,
  reprojectionPayload,
  reprojectionText,
} from './reprojection.plan';

/** The audit action of a move by a calendar change. */
export const CALENDAR_CHANGE_ACTION = 'calendar_change';

/**
 * A running dossier's due instants moved to where `calendar` puts them, as a change of the dossier: the new
 * instants, a `calendar_change` event (old and new instants, the schedules that moved them) by no one, the
 * deadline timers and the portal message with the new appointment. Not activity: the stall clock stays. Null
 * when the dossier is already on the calendar.
 */
export function planCalendarMove(
  calendar: WorkingCalendar,
  definition: ProcedureDefinition,
  dossier: DossierEntity,
  now: Date,
): { plan: UpdatePlan; reprojection: Reprojection } | null {
  const reprojection = planReprojection(calendar, definition, dossier);
  if (!reprojection) return null;
  const patch = {
    ...(reprojection.dueAt ? { dueAt: reprojection.dueAt.to } : {}),
    ...(reprojection.stepDueAt ? { stepDueAt: reprojection.stepDueAt.to } : {}),
  };
  const plan: UpdatePlan = {
    kind: 'update',
    at: now,
    dossier,
    patch,
    event: {
      action: CALENDAR_CHANGE_ACTION,
      ...eventWhereItStands(dossier, now),
      actorId: null,
      comment: reprojectionText(reprojection),
      payload: reprojectionPayload(reprojection),
      stepStartedAt: dossier.stepStartedAt,
      stepDueAt: patch.stepDueAt ?? dossier.stepDueAt,
    },
    deadlines: prepareDeadlines(calendar, definition, { ...dossier, ...patch }, now),
    portalSync: true,
    jobs: [],
  };
  return { plan, reprojection };
}
