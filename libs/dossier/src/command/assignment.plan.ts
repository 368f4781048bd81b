import { type AuthUser, canReassign, isEligibleAssignee } from '@motcua/identity';
import { DossierErrorCode, DossierException, versionConflict } from '../dossier.exception';
import type { UpdatePlan } from '../ledger/dossier.plan';
import { actorOf } from './actor.rules';
import { activityPlan } from './activity.plan';
import type { ActionContext } from './action-change.rules';
import { restoreState } from '@motcua/engine';
import { asBranchStep, branchTargetOf } from './branch.rules';

/** The officer a step is handed to, as found by username (null: no such user). */
export type Assignee = (AuthUser & { active: boolean }) | null;

/**
 * A head hands the current step to one active officer of the owner unit holding the owner role; the step clock
 * keeps running, and it is activity (the stall clock restarts).
 */
export function planAssignment(
  ctx: Omit<ActionContext, 'org'>,
  user: AuthUser,
  request: { username: string; expectedVersion: number; branch?: string },
  target: Assignee,
): UpdatePlan {
  // In a fork, the step assigned is a branch's (named by `branch`), held by the branch step's owner.
  const branch = ctx.dossier.machineState
    ? branchTargetOf(ctx.dossier, ctx.branches ?? [], { action: 'assign', branch: request.branch }, () =>
        restoreState(ctx.revision.compiled, ctx.dossier.machineState!),
      )
    : undefined;
  const dossier = branch ? asBranchStep(ctx.dossier, branch) : ctx.dossier;
  const owner =
    dossier.stepOwnerUnit && dossier.stepOwnerRole
      ? { unit: dossier.stepOwnerUnit, role: dossier.stepOwnerRole }
      : null;
  if (!owner || !canReassign(user, owner)) {
    throw new DossierException(
      DossierErrorCode.NotStepOwner,
      owner
        ? `only a head of ${owner.unit} reassigns step '${dossier.step}'`
        : `dossier ${dossier.code} has no step to assign`,
    );
  }
  if (!target || !isEligibleAssignee(target, owner)) {
    throw new DossierException(
      DossierErrorCode.InvalidAssignee,
      `username: '${request.username}' is not an active ${owner.role} of ${owner.unit}`,
    );
  }
  if (dossier.version !== request.expectedVersion) {
    throw versionConflict(dossier.code, dossier.version, request.expectedVersion);
  }
  // The control sheet names who got the work as people read it, not only by login.
  const payload = {
    assignee: target.username,
    assigneeName: target.fullName,
    previousAssigneeId: dossier.assigneeId,
  };
  if (branch) {
    const plan = activityPlan(
      ctx,
      {},
      { action: 'assign', ...actorOf(user, 'head'), payload: { ...payload, branch: branch.branch } },
    );
    const { dossierId: _id, ...row } = branch.row;
    return { ...plan, branches: [{ ...row, assigneeId: target.id, lastActivityAt: ctx.now }] };
  }
  // The step's first assignment in this visit is its pick-up: what it waited before is measured at the hand-over.
  return activityPlan(
    ctx,
    { assigneeId: target.id, ...(dossier.stepPickedUpAt ? {} : { stepPickedUpAt: ctx.now }) },
    {
      action: 'assign',
      ...actorOf(user, 'head'),
      payload,
    },
  );
}
