import type { ProcedureRevision } from '@motcua/catalog';
import { locate, type Organization, startDossier } from '@motcua/engine';
import { type AuthUser, mayTransfer } from '@motcua/identity';
import type { DossierEntity } from '../dossier.entity';
import { DossierErrorCode, DossierException, versionConflict } from '../dossier.exception';
import type { DossierPatch } from '../dossier.repository';
import { authorityOf } from '../dossier.rules';
import { findStep, statutoryClock, stepDue, timeliness } from '../dossier-timing.rules';
import { type DossierStatus, FINAL_STATUSES } from '../dossier.types';
import type { UpdatePlan } from '../ledger/dossier.plan';
import { type ActionContext, centerCutoff } from './action-change.rules';
import { activityPlan } from './activity.plan';
import { actorOf } from './actor.rules';
import type { TransferDto } from './transfer.dto';

type Revision = Pick<ProcedureRevision, 'id' | 'code' | 'definition' | 'compiled'>;

/** The unit that heads the agency competent for `def` when the dossier was received at `receivingUnit`. */
const agencyOf = (org: Organization, def: Revision['definition'], receivingUnit: string): string =>
  authorityOf(org, def, receivingUnit).units[0];

/**
 * A started dossier sent to the competent agency's procedure (Decree 118/2025: received regardless of the
 * administrative boundary, so the receiving body is not always the competent one). The code, the receiving unit and
 * (by default) the statutory clock's start stay; the dossier restarts at the first step of the target revision with
 * its owners; its appointment is the target's limit counted from that start (docs/deadlines.md, "Transfer to the
 * competent agency"). `target` is
 * the current revision of the requested code, or null when the catalog has none.
 */
export function planTransfer(
  ctx: ActionContext & { revision: Revision },
  target: Revision | null,
  user: AuthUser,
  dto: TransferDto,
): UpdatePlan {
  const { dossier, revision, org } = ctx;
  if (dossier.version !== dto.expectedVersion) {
    throw versionConflict(dossier.code, dossier.version, dto.expectedVersion);
  }
  checkTransferable(dossier);
  const authority = authorityOf(org, revision.definition, dossier.receivingUnit);
  const step = dossier.stepOwnerUnit ? { unit: dossier.stepOwnerUnit, role: dossier.stepOwnerRole! } : null;
  if (
    !mayTransfer(user, {
      receivingUnit: dossier.receivingUnit,
      step,
      assigneeId: dossier.assigneeId,
      authority,
    })
  ) {
    throw new DossierException(
      DossierErrorCode.NotStepOwner,
      'Chỉ bộ phận tiếp nhận đã nhận hồ sơ hoặc người đang giữ bước xử lý của cơ quan có thẩm quyền được chuyển hồ sơ',
    );
  }
  if (!target) {
    throw new DossierException(
      DossierErrorCode.UnknownProcedure,
      `procedureCode: không có thủ tục ${dto.procedureCode} trong danh mục`,
    );
  }
  const from = agencyOf(org, revision.definition, dossier.receivingUnit);
  const to = agencyOf(org, target.definition, dossier.receivingUnit);
  if (target.code === dossier.procedureCode || from === to) {
    throw new DossierException(
      DossierErrorCode.TransferSameAgency,
      `Thủ tục ${target.code} do chính cơ quan đang giải quyết hồ sơ (${from}) thực hiện: không có gì để chuyển`,
      { agency: from },
    );
  }
  return activityPlan(
    { ...ctx, revision: target },
    ...restartAt(ctx, target, { from, to, reason: dto.reason, user }),
  );
}

function checkTransferable(dossier: DossierEntity): void {
  if (FINAL_STATUSES.includes(dossier.status)) {
    throw new DossierException(
      DossierErrorCode.TransferNotAllowed,
      `Hồ sơ ${dossier.code} đã kết thúc (${dossier.status}): không thể chuyển`,
    );
  }
  if (dossier.machineState && locate(dossier.machineState.value).branches) {
    throw new DossierException(
      DossierErrorCode.TransferNotAllowed,
      `Hồ sơ ${dossier.code} đang được các cơ quan giải quyết song song (bước ${dossier.step}): chỉ chuyển được trước hoặc sau các nhánh liên thông`,
    );
  }
  if (dossier.status !== 'in_progress') {
    throw new DossierException(
      DossierErrorCode.TransferNotAllowed,
      `Hồ sơ ${dossier.code} đang ở trạng thái ${dossier.status}: chỉ chuyển được hồ sơ đang giải quyết`,
    );
  }
}

interface Move {
  from: string;
  to: string;
  reason: string;
  user: AuthUser;
}

function restartAt(
  ctx: ActionContext,
  target: Revision,
  move: Move,
): [DossierPatch, Parameters<typeof activityPlan>[2], Parameters<typeof activityPlan>[3]] {
  const { dossier, calendar, now } = ctx;
  const engine = startDossier(target.compiled);
  const first = findStep(target.definition, engine.step)!;
  const status: DossierStatus = engine.resultReady ? 'result_ready' : 'in_progress';
  const clock = transferredClock(ctx, target);
  const dueAt = clock.dueAt;
  const stepDueAt = stepDue(calendar, first, now);
  const patch: DossierPatch = {
    procedureCode: target.code,
    procedureVersionId: target.id,
    routeUnits: [...new Set(target.definition.steps.map((s) => s.owner.unit))].filter((u) => u !== ''),
    machineState: engine.state,
    status,
    step: first.id,
    stepOwnerUnit: first.owner.unit,
    stepOwnerRole: first.owner.role,
    assigneeId: null,
    stepStartedAt: now,
    stepPickedUpAt: null,
    stepDueAt,
    stepConsumed: {},
    // The conditional limits taken were the old procedure's; the target's apply as its steps are entered.
    limitExtensions: [],
    ...(clock.clockStartedAt ? { clockStartedAt: clock.clockStartedAt } : {}),
    dueAt,
    receiptDueAt: dueAt,
    ...(engine.resultReady ? { resultReadyAt: now } : {}),
  };
  const used = dossier.stepStartedAt ? calendar.workingMinutesBetween(dossier.stepStartedAt, now) : 0;
  const event = {
    action: 'transfer',
    ...actorOf(move.user, dossier.stepOwnerRole),
    comment: move.reason,
    toStep: first.id,
    toStatus: status,
    workingMinutes: used.toFixed(2),
    ...(dossier.stepDueAt ? { timeliness: timeliness(now, dossier.stepDueAt) } : {}),
    payload: {
      reason: move.reason,
      from: {
        procedureCode: dossier.procedureCode,
        procedureVersionId: dossier.procedureVersionId,
        agency: move.from,
        // The control sheet names the steps taken before the transfer by the procedure they belonged to.
        stepNames: Object.fromEntries(ctx.revision.definition.steps.map((s) => [s.id, s.name])),
      },
      to: { procedureCode: target.code, procedureVersionId: target.id, agency: move.to },
      previousDueAt: dossier.dueAt,
      newDueAt: dueAt,
    },
  };
  return [patch, event, { portalSync: true }];
}

/**
 * By default (`transferClock: keep`) the target's limit counted from the statutory clock's original start (the
 * receipt the citizen holds): the time the transfer took is the agencies', not the citizen's; an appointment already
 * moved by an extension is never brought forward. With `restart` (org.yaml), the clock starts again when the
 * competent agency receives the dossier, as at a desk (cut-off included). `clockStartedAt`: only when it moves.
 */
function transferredClock(ctx: ActionContext, target: Revision): { clockStartedAt?: Date; dueAt: Date } {
  const { dossier, calendar, org, now } = ctx;
  if (org.center.transferClock === 'restart') {
    return statutoryClock(calendar, target.definition, centerCutoff(org), now);
  }
  const due = calendar.dueAt(dossier.clockStartedAt ?? now, target.definition.deadline);
  return { dueAt: dossier.extendedAt && dossier.dueAt && dossier.dueAt > due ? dossier.dueAt : due };
}
