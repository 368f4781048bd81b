import type { EngineResult } from '@motcua/engine';
import { planLimitExtension } from '../deadline/limit-extension.rules';
import { findStep, stepDue, timeliness, workingMsToFinish } from '../dossier-timing.rules';
import type { ActionChange, ActionContext } from './action-change.rules';

/**
 * The working minutes the step waited before its pick-up (its first assignment in this visit), capped by the time
 * it was held; null when no one was assigned it. A pick-up before a restart of the step (a supplement received)
 * counts as waiting nothing.
 */
function waitBeforePickUp({ dossier, calendar, now }: ActionContext): number | null {
  const { stepStartedAt: started, stepPickedUpAt: pickedUp } = dossier;
  if (!started || !pickedUp) return null;
  if (pickedUp <= started) return 0;
  return calendar.workingMinutesBetween(started, pickedUp < now ? pickedUp : now);
}

/**
 * A step's own action: the step is handed over, graded on the control sheet against its due instant and its
 * working minutes added to the step's consumption (a step visited again after a send-back resumes from them);
 * the next step starts with its owner (a step with a conditional limit entered for the first time moves the
 * statutory due instant by it), or the route ends.
 */
export function planHandOver(ctx: ActionContext, outcome: EngineResult, change: ActionChange): ActionChange {
  const { dossier, calendar, now } = ctx;
  const { patch, event } = change;
  const used = dossier.stepStartedAt ? calendar.workingMinutesBetween(dossier.stepStartedAt, now) : 0;
  const consumed = { ...dossier.stepConsumed };
  if (dossier.step) consumed[dossier.step] = (consumed[dossier.step] ?? 0) + used;
  patch.stepConsumed = consumed;
  event.workingMinutes = used.toFixed(2);
  const wait = waitBeforePickUp(ctx);
  if (wait !== null) event.waitMinutes = wait.toFixed(2);
  patch.stepPickedUpAt = null;
  if (dossier.stepDueAt) event.timeliness = timeliness(now, dossier.stepDueAt);
  if (outcome.resultReady && !dossier.resultReadyAt) patch.resultReadyAt = now;
  const next = findStep(ctx.revision.definition, outcome.step);
  if (next) {
    Object.assign(patch, {
      stepOwnerUnit: next.owner.unit,
      stepOwnerRole: next.owner.role,
      assigneeId: null,
      stepStartedAt: now,
      stepDueAt: stepDue(calendar, next, now, consumed[next.id]),
    });
    const extension = planLimitExtension(calendar, ctx.revision.definition, dossier, next, now);
    if (extension) {
      Object.assign(patch, {
        dueAt: extension.dueAt,
        receiptDueAt: extension.receiptDueAt,
        limitExtensions: [...(dossier.limitExtensions ?? []), extension.taken],
      });
      event.payload = { ...event.payload, limitExtension: extension.payload };
    }
  } else {
    Object.assign(patch, {
      stepOwnerUnit: null,
      stepOwnerRole: null,
      assigneeId: null,
      finishedAt: now,
      workingMs: workingMsToFinish(calendar, dossier.clockStartedAt, now),
      stepDueAt: null,
    });
    if (dossier.dueAt)
      event.payload = { ...event.payload, dossierTimeliness: timeliness(now, dossier.dueAt) };
  }
  return change;
}
