import { toVietnamIso } from '@motcua/calendar';
import { type RestoredState, restoreState } from '@motcua/engine';
import type { AuthUser } from '@motcua/identity';
import type { DossierEntity } from '../dossier.entity';
import { DossierErrorCode, DossierException, versionConflict } from '../dossier.exception';
import {
  authorityOf,
  heldByConsultation,
  isPreIntake,
  mayAct,
  NEEDS_REASON,
  stateActions,
} from '../dossier.rules';
import { FINAL_STATUSES } from '../dossier.types';
import type { UpdatePlan } from '../ledger/dossier.plan';
import { actorOf } from './actor.rules';
import { activityPlan } from './activity.plan';
import type { DossierActionDto } from './dossier-action.dto';
import type { ActionContext, ActionChange } from './action-change.rules';
import { planPreIntake } from './pre-intake.plan';
import { planTransition } from './transition.plan';
import { asBranchStep, branchTargetOf } from './branch.rules';

/**
 * An officer's or reception's action on a dossier, from the row as read: who may act and what is allowed (the
 * errors), then the change the action makes (before intake, or the engine's transition), as one plan.
 */
export function planAction(ctx: ActionContext, user: AuthUser, dto: DossierActionDto): UpdatePlan {
  const { dossier, revision } = ctx;
  if (dossier.version !== dto.expectedVersion) {
    throw versionConflict(dossier.code, dossier.version, dto.expectedVersion);
  }
  if (dossier.status === 'accepted') {
    throw new DossierException(
      DossierErrorCode.NotYetStarted,
      `dossier ${dossier.code} is being started by the intake queue; try again in a moment`,
    );
  }
  // Restored once: the same snapshot answers what is allowed and computes the transition.
  let restored: RestoredState | undefined;
  const machine = () => (restored ??= restoreState(revision.compiled, dossier.machineState!));
  // In a fork, an action on a branch is checked against that branch: its step's actions and its owner.
  const target = isPreIntake(dossier) ? undefined : branchTargetOf(dossier, ctx.branches ?? [], dto, machine);
  checkAllowed(
    target ? { ...ctx, dossier: asBranchStep(dossier, target) } : ctx,
    user,
    dto,
    target ? target.allowed : stateActions(dossier, () => [...machine().allowed]),
  );
  const change = isPreIntake(dossier) ? planPreIntake(ctx, dto) : planTransition(ctx, machine(), dto, target);
  return toPlan(ctx, user, dto, change, target?.row.ownerRole);
}

function checkAllowed(ctx: ActionContext, user: AuthUser, dto: DossierActionDto, allowed: string[]): void {
  const { dossier, revision, org } = ctx;
  const { code } = dossier;
  if (dto.action === 'extend' && dossier.extendedAt) {
    throw new DossierException(
      DossierErrorCode.AlreadyExtended,
      `extend: the appointment of ${code} was already extended once (${toVietnamIso(dossier.extendedAt)}); ` +
        'the law allows one apology and extension',
      { allowed },
    );
  }
  if (!allowed.includes(dto.action)) {
    throw new DossierException(
      DossierErrorCode.ActionNotAllowed,
      FINAL_STATUSES.includes(dossier.status)
        ? `action '${dto.action}' is not allowed: dossier ${code} is ${dossier.status}`
        : `action '${dto.action}' is not allowed now; allowed: ${allowed.join(', ')}`,
      { allowed },
    );
  }
  const authority = authorityOf(org, revision.definition, dossier.receivingUnit);
  if (!mayAct(user, dossier, dto.action, authority)) {
    throw new DossierException(DossierErrorCode.NotStepOwner, notOwnerMessage(dossier, dto.action));
  }
  checkNoOpenConsultation(ctx, dto.action);
  if (NEEDS_REASON.includes(dto.action) && !dto.reason) {
    throw new DossierException(DossierErrorCode.ReasonRequired, `reason: required for '${dto.action}'`);
  }
  if (dto.action === 'request_supplement' && !dto.missingItems?.length) {
    throw new DossierException(
      DossierErrorCode.ReasonRequired,
      `missingItems: list what the citizen must bring`,
    );
  }
}

/** A step whose file says `consultation: wait` is not handed over while an opinion it asked is unanswered. */
function checkNoOpenConsultation({ dossier, revision }: ActionContext, action: string): void {
  if (!heldByConsultation(revision.definition, dossier, action)) return;
  throw new DossierException(
    DossierErrorCode.ConsultationOpen,
    `Bước '${dossier.step}' chờ ý kiến của đơn vị được hỏi: còn ${dossier.openConsultations} ý kiến chưa trả lời`,
    { openConsultations: dossier.openConsultations },
  );
}

function notOwnerMessage(dossier: DossierEntity, action: string): string {
  if (BUILTIN_OWNER[action] && !isPreIntake(dossier)) return `${action}: ${BUILTIN_OWNER[action]}`;
  if (!dossier.stepOwnerUnit) return `only reception of ${dossier.receivingUnit} acts on this dossier now`;
  return (
    `step '${dossier.step}' belongs to ${dossier.stepOwnerRole} of ${dossier.stepOwnerUnit}` +
    (dossier.assigneeId ? ' (assigned to another officer)' : '')
  );
}

function toPlan(
  ctx: ActionContext,
  user: AuthUser,
  dto: DossierActionDto,
  change: ActionChange,
  branchRole?: string | null,
): UpdatePlan {
  const event = {
    action: dto.action,
    ...actorOf(user, branchRole ?? ctx.dossier.stepOwnerRole),
    comment: dto.comment ?? null,
    ...change.event,
  };
  const plan = activityPlan(ctx, change.patch, event, {
    openPause: change.openPause,
    closePause: change.closePause,
    portalSync: true,
    jobs: change.jobs ?? [],
  });
  return change.branches?.length ? { ...plan, branches: change.branches } : plan;
}

const BUILTIN_OWNER: Record<string, string> = {
  withdraw: "only reception of the receiving unit records a withdrawal, at the citizen's request",
  refuse: 'only the competent agency (its deciding roles) refuses to resolve a dossier',
  stop: 'only the competent agency (its deciding roles) stops processing',
  extend: 'only the head of the unit holding the step (in the competent agency) or its leader extends',
  request_supplement:
    'only reception or the appraising officer of the competent agency asks for a supplement',
  supplement_received: 'only reception or the appraising officer records a supplement',
};
