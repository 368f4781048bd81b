import type { WorkingCalendar } from '@motcua/calendar';
import type { ProcedureDefinition } from '@motcua/engine';
import type { BranchRow, DossierBranchEntity } from '../dossier-branch.entity';
import type { DossierEntity } from '../dossier.entity';
import { eventWhereItStands, type UpdatePlan } from '../ledger/dossier.plan';
import { prepareDeadlines } from './deadline-prepare.rules';
import {
  planReprojection,
  type Reprojection,
  reprojectionPayload,
  reprojectionText,
} from './reprojection.plan';

/** The audit action of a move by a calendar change. */
export const CALENDAR_CHANGE_ACTION = 'calendar_change';

/**
 * The branch rows a move writes: each moved branch's new instants; a flag raised on an instant the calendar now
 * puts after `now` goes down (its escalation row is cleared with it), one still passed stays.
 */
function movedBranchRows(
  reprojection: Reprojection,
  branches: readonly DossierBranchEntity[],
  now: Date,
): BranchRow[] {
  return reprojection.branches.map((move) => {
    const { dossierId: _id, ...row } = branches.find((b) => b.branch === move.branch)!;
    const stepDueAt = move.stepDueAt?.to ?? row.stepDueAt!;
    const dueSoonFrom = move.dueSoonFrom?.to ?? row.dueSoonFrom;
    return {
      ...row,
      stepDueAt,
      dueSoonFrom,
      flagStepOverdueAt: stepDueAt < now ? row.flagStepOverdueAt : null,
      flagDueSoonAt: dueSoonFrom && dueSoonFrom <= now ? row.flagDueSoonAt : null,
    };
  });
}

/**
 * A running dossier's due instants moved to where `calendar` puts them, as a change of the dossier: the new
 * instants, a `calendar_change` event (old and new instants, the schedules that moved them) by no one, the
 * deadline timers and the portal message with the new appointment; the open branches of its fork moved in the
 * same change. Not activity: the stall clocks stay. Null when the dossier and its branches are already on the
 * calendar.
 */
export function planCalendarMove(
  calendar: WorkingCalendar,
  definition: ProcedureDefinition,
  dossier: DossierEntity,
  now: Date,
  branches: readonly DossierBranchEntity[] = [],
): { plan: UpdatePlan; reprojection: Reprojection } | null {
  const reprojection = planReprojection(calendar, definition, dossier, branches);
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
    branches: movedBranchRows(reprojection, branches, now),
  };
  return { plan, reprojection };
}
