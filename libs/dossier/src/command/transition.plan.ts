import { applyEventTo, type EngineResult, type RestoredState } from '@motcua/engine';
import { DossierErrorCode, DossierException } from '../dossier.exception';
import type { DossierPatch } from '../dossier.repository';
import { isSendBack, statusOf } from '../dossier.rules';
import { findStep, statutoryClock, stepDue } from '../dossier-timing.rules';
import { withExtensions } from '../deadline/limit-extension.rules';
import type { DossierActionDto } from './dossier-action.dto';
import { type ActionChange, type ActionContext, centerCutoff } from './action-change.rules';
import { planHandOver } from './hand-over.plan';
import { planExtension } from './new-appointment.rules';
import type { BranchTarget } from './branch.rules';
import { forkStepOf } from './branch.rules';
import { withBranches } from './branch-transition.plan';
import { checkResultRelease, feeStatement } from '../payment/payment.rules';
import { checkCollector } from '../payment/result-collector.rules';

/** A started dossier: the engine's pure transition, then what the action does to the clocks, owners and waits. */
export function planTransition(
  ctx: ActionContext,
  machine: RestoredState,
  dto: DossierActionDto,
  target?: BranchTarget,
): ActionChange {
  // The file's `feesPaid` guard reads the payments recorded on the row, never the caller's word.
  const { paid } = feeStatement(ctx.revision.definition, ctx.dossier.paidAmount);
  const outcome = applyEventTo(machine, {
    type: dto.action,
    ...(dto.comment !== undefined ? { comment: dto.comment } : {}),
    feesPaid: paid,
    ...(target ? { branch: target.branch } : {}),
  });
  if ('rejected' in outcome) {
    throw new DossierException(
      outcome.guard ? DossierErrorCode.GuardFailed : DossierErrorCode.ActionNotAllowed,
      outcome.guard
        ? `action '${dto.action}' needs ${GUARD_NEEDS[outcome.guard] ?? `guard '${outcome.guard}' to pass`}`
        : `action '${dto.action}' is not allowed now; allowed: ${outcome.allowed.join(', ')}`,
      { allowed: outcome.allowed, ...(outcome.guard ? { guard: outcome.guard } : {}) },
    );
  }
  const change = changeOf(ctx, outcome, dto, target);
  return target || outcome.branches || forkStepOf(ctx.dossier) !== null
    ? withBranches(ctx, outcome, dto, change, target)
    : change;
}

function changeOf(
  ctx: ActionContext,
  outcome: EngineResult,
  dto: DossierActionDto,
  target: BranchTarget | undefined,
): ActionChange {
  const { dossier, revision, calendar, now } = ctx;
  const status = statusOf(outcome);
  const patch: DossierPatch = { machineState: outcome.state, status, step: outcome.step };
  const payload: Record<string, unknown> = { actions: outcome.actions };
  if (isSendBack(dossier.machineState!.context, outcome.context)) {
    const reason = dto.reason ?? dto.comment?.trim();
    if (!reason) {
      throw new DossierException(
        DossierErrorCode.ReasonRequired,
        `reason: a send-back must give its reason (lý do trả lại hồ sơ)`,
      );
    }
    Object.assign(payload, { sendBack: true, reason });
  }
  const change: ActionChange = { patch, event: { toStatus: status, toStep: outcome.step, payload } };

  switch (dto.action) {
    case 'request_supplement':
      patch.pausedAt = now;
      Object.assign(payload, { reason: dto.reason, missingItems: dto.missingItems });
      change.openPause = {
        step: dossier.step,
        reason: dto.reason!,
        missingItems: dto.missingItems!,
        dueBefore: dossier.dueAt,
      };
      return change;
    case 'supplement_received': {
      // Decree 118: the statutory clock restarts from zero on the complete dossier, and so does the step's.
      const clock = statutoryClock(calendar, revision.definition, centerCutoff(ctx.org), now);
      // The conditional limits the dossier already took still apply to the restarted clock.
      clock.dueAt = withExtensions(calendar, revision.definition, clock.dueAt, dossier.limitExtensions);
      const step = findStep(revision.definition, outcome.step)!;
      Object.assign(patch, {
        pausedAt: null,
        clockStartedAt: clock.clockStartedAt,
        dueAt: clock.dueAt,
        receiptDueAt: clock.dueAt,
        stepStartedAt: clock.clockStartedAt,
        stepDueAt: stepDue(calendar, step, clock.clockStartedAt),
        stepConsumed: {},
        documents: [...dossier.documents, ...(dto.documents ?? [])],
      });
      Object.assign(payload, {
        previousDueAt: dossier.dueAt,
        newDueAt: clock.dueAt,
        documents: dto.documents ?? [],
      });
      change.closePause = { dueAfter: clock.dueAt };
      return change;
    }
    case 'extend': {
      // Issued after the appointment passed, it informs the citizen but leaves the dossier judged late.
      const plan = planExtension(calendar, dto.newAppointment, dossier.dueAt, now);
      Object.assign(patch, { dueAt: plan.dueAt, extendedAt: now });
      Object.assign(payload, {
        reason: dto.reason,
        previousDueAt: dossier.dueAt,
        newDueAt: plan.appointment,
        judgedDueAt: plan.dueAt,
        apology: plan.apology,
      });
      return change;
    }
    case 'refuse':
    case 'withdraw':
    case 'stop':
      Object.assign(patch, {
        finishedAt: now,
        stepOwnerUnit: null,
        stepOwnerRole: null,
        assigneeId: null,
        pausedAt: null,
      });
      payload.reason = dto.reason;
      change.closePause = { dueAfter: null };
      return change;
    default:
      if (outcome.phase === 'done') Object.assign(change, handBack(ctx, dto, change));
      // A branch's hand-over within the fork moves only the branch (withBranches); one that ends the fork moves on.
      return target && outcome.branches ? change : planHandOver(ctx, outcome, change);
  }
}

/** The result handed over (status 10): its fees paid as the file requires, and who collected it recorded. */
function handBack(ctx: ActionContext, dto: DossierActionDto, change: ActionChange): ActionChange {
  const { dossier, revision } = ctx;
  checkResultRelease(feeStatement(revision.definition, dossier.paidAmount), dossier.code);
  const collector = checkCollector(dossier, dto.collector);
  return {
    ...change,
    patch: { ...change.patch, resultCollector: collector },
    event: { ...change.event, payload: { ...change.event.payload, collector } },
  };
}

const GUARD_NEEDS: Record<string, string> = {
  hasComment: 'a comment giving the reason',
  feesPaid: 'the fees paid in full (payments recorded on the dossier)',
};
