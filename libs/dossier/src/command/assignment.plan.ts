import { type AuthUser, canReassign, isEligibleAssignee } from '@motcua/identity';
import { DossierErrorCode, DossierException, versionConflict } from '../dossier.exception';
import type { UpdatePlan } from '../ledger/dossier.plan';
import { actorOf } from './actor';
import { activityPlan } from './activity.plan';
import type { ActionContext } from './action.change';

/** The officer a step is handed to, as found by username (null: no such user). */
export type Assignee = (AuthUser & { active: boolean }) | null;

/**
 * A head hands the current step to one active officer of the owner unit holding the owner role; the step clock
 * keeps running, and it is activity (the stall clock restarts).
 */
export function planAssignment(
  ctx: Omit<ActionContext, 'org'>,
  user: AuthUser,
  request: { username: string; expectedVersion: number },
  target: Assignee,
): UpdatePlan {
  const { dossier } = ctx;
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
  return activityPlan(
    ctx,
    { assigneeId: target.id },
    {
      action: 'assign',
      ...actorOf(user, 'head'),
      payload: { assignee: target.username, previousAssigneeId: dossier.assigneeId },
    },
  );
}
