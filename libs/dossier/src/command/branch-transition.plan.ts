import { isBuiltinAction } from '@motcua/identity';
import type { EngineResult } from '@motcua/engine';
import { timeliness } from '../dossier-timing.rules';
import type { ActionChange, ActionContext } from './action-change.rules';
import { planBranches } from './branch.plan';
import { type BranchTarget, forkStepOf } from './branch.rules';
import type { DossierActionDto } from './dossier-action.dto';

/**
 * A transition into, within or out of a fork. The dossier row holds the fork step with no owner and no step due
 * instant of its own (its branches have theirs); an action on a branch is audited as that branch step's
 * hand-over (`fromStep`/`toStep` of the branch, the branch id in the payload, graded against the branch step's
 * due instant) so that the control sheet has a row per branch hand-over; the branch rows are planned alongside.
 */
export function withBranches(
  ctx: ActionContext,
  outcome: EngineResult,
  dto: DossierActionDto,
  change: ActionChange,
  target: BranchTarget | undefined,
): ActionChange {
  const { dossier, calendar, now } = ctx;
  const { patch, event } = change;
  const forkBefore = forkStepOf(dossier);
  const forkAfter = outcome.branches ? outcome.step : null;
  if (forkAfter !== null) {
    Object.assign(patch, { stepOwnerUnit: null, stepOwnerRole: null, assigneeId: null, stepDueAt: null });
  }
  const consumed = { ...(patch.stepConsumed ?? dossier.stepConsumed) };
  if (target) {
    const { row } = target;
    event.payload = { ...event.payload, branch: target.branch };
    Object.assign(event, { fromStep: row.step, stepStartedAt: row.stepStartedAt, stepDueAt: row.stepDueAt });
    if (change.openPause) change.openPause = { ...change.openPause, step: row.step };
    if (!isBuiltinAction(dto.action) && row.step !== null) {
      const used = row.stepStartedAt ? calendar.workingMinutesBetween(row.stepStartedAt, now) : 0;
      consumed[row.step] = (consumed[row.step] ?? 0) + used;
      patch.stepConsumed = consumed;
      const position = outcome.branches?.find((b) => b.branch === target.branch);
      const joined = !position || position.phase === 'joined';
      Object.assign(event, {
        // A branch that joins hands over to the fork (or, when it completes the fork, to the step after it).
        toStep: position?.step ?? outcome.step,
        workingMinutes: used.toFixed(2),
        ...(row.stepDueAt ? { timeliness: timeliness(now, row.stepDueAt) } : {}),
      });
      if (joined) event.payload = { ...event.payload, joined: true, forkJoined: forkAfter === null };
    } else {
      event.toStep = outcome.branches?.find((b) => b.branch === target.branch)?.step ?? row.step;
    }
  }
  const restartAt = dto.action === 'supplement_received' ? (patch.clockStartedAt ?? undefined) : undefined;
  const { rows } = planBranches({
    definition: ctx.revision.definition,
    calendar,
    now,
    before: ctx.branches ?? [],
    forkBefore,
    forkAfter,
    ...(outcome.branches ? { positions: outcome.branches } : {}),
    ...(target ? { acted: target.branch } : {}),
    consumed,
    ...(restartAt ? { restartAt } : {}),
  });
  return { ...change, branches: rows };
}
