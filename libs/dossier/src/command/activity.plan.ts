import type { DossierPatch } from '../dossier.repository';
import { prepareDeadlines } from '../deadline/deadline-prepare.rules';
import { type EventDraft, eventWhereItStands, type UpdatePlan } from '../ledger/dossier.plan';
import type { ActionContext } from './action-change.rules';

type Extras = Partial<Pick<UpdatePlan, 'openPause' | 'closePause' | 'portalSync' | 'jobs'>>;

/**
 * The plan of a person's change of a dossier, which is activity (the stall clock restarts): the row patched
 * with `lastActivityAt`, its event starting from where the dossier stands, the deadline tracker run on the row
 * as the change leaves it.
 */
export function activityPlan(
  ctx: Omit<ActionContext, 'org'>,
  patch: DossierPatch,
  event: Partial<EventDraft> & Pick<EventDraft, 'action'>,
  extras: Extras = {},
): UpdatePlan {
  const { dossier, revision, calendar, now } = ctx;
  const patched = { ...patch, lastActivityAt: now };
  return {
    kind: 'update',
    at: now,
    dossier,
    patch: patched,
    event: {
      ...eventWhereItStands(dossier, now),
      stepStartedAt: dossier.stepStartedAt,
      stepDueAt: dossier.stepDueAt,
      ...event,
    },
    ...(extras.openPause ? { openPause: extras.openPause } : {}),
    ...(extras.closePause ? { closePause: extras.closePause } : {}),
    // The deadline instants depend on the row after the change, not on its version.
    deadlines: prepareDeadlines(calendar, revision.definition, { ...dossier, ...patched }, now),
    portalSync: extras.portalSync ?? false,
    jobs: extras.jobs ?? [],
  };
}
