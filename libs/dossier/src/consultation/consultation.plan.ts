import { type AuthUser, canActOnStep, mayAnswerConsultation } from '@motcua/identity';
import { DossierErrorCode, DossierException, versionConflict } from '../dossier.exception';
import { timeliness } from '../dossier-timing.rules';
import type { UpdatePlan } from '../ledger/dossier.plan';
import type { ActionContext } from '../command/action-change.rules';
import { activityPlan } from '../command/activity.plan';
import { actorOf } from '../command/actor.rules';
import type { AskConsultationDto } from './consultation.dto';
import type { ConsultationEntity } from './consultation.entity';

/** A plan that writes a consultation row with the dossier's change. */
export interface ConsultationPlan {
  plan: UpdatePlan;
  consultation: ConsultationEntity;
}

/**
 * The owner of the current step asks another unit for an opinion, due after `deadline` on the center calendar. The
 * dossier counts it as open (a `wait` step holds its hand-over until it is answered); the ask is an audit event.
 */
export function planConsultation(
  ctx: ActionContext,
  user: AuthUser,
  dto: AskConsultationDto,
  id: string,
): ConsultationPlan {
  const { dossier, org, calendar, now } = ctx;
  if (dossier.version !== dto.expectedVersion) {
    throw versionConflict(dossier.code, dossier.version, dto.expectedVersion);
  }
  const step =
    dossier.stepOwnerUnit && (dossier.status === 'in_progress' || dossier.status === 'result_ready')
      ? { unit: dossier.stepOwnerUnit, role: dossier.stepOwnerRole! }
      : null;
  if (!step) {
    throw new DossierException(
      DossierErrorCode.ActionNotAllowed,
      `Hồ sơ ${dossier.code} không có bước đang xử lý (${dossier.status}): không xin ý kiến được`,
    );
  }
  if (!canActOnStep(user, step, dossier.assigneeId)) {
    throw new DossierException(
      DossierErrorCode.NotStepOwner,
      `Chỉ người đang giữ bước '${dossier.step}' (${step.role} của ${step.unit}) được xin ý kiến`,
    );
  }
  const unit = org.units.find((u) => u.id === dto.unit);
  if (!unit || unit.id === step.unit || (dto.role !== undefined && !unit.roles.includes(dto.role))) {
    throw new DossierException(
      DossierErrorCode.UnknownUnit,
      !unit
        ? `unit: không có đơn vị '${dto.unit}' trong sơ đồ tổ chức`
        : unit.id === step.unit
          ? 'unit: không xin ý kiến chính đơn vị đang giữ bước'
          : `role: đơn vị '${unit.id}' không có vai trò '${dto.role}' (có: ${unit.roles.join(', ')})`,
    );
  }
  const dueAt = calendar.deadline(now, dto.deadline, { cutoff: null }).dueAt;
  const consultation: ConsultationEntity = {
    id,
    dossierId: dossier.id,
    step: dossier.step,
    unit: unit.id,
    role: dto.role ?? null,
    question: dto.question,
    askedBy: user.id,
    askedUnit: user.unitId,
    askedAt: now,
    dueAt,
    answer: null,
    answeredBy: null,
    answeredAt: null,
  };
  const plan = activityPlan(
    ctx,
    { openConsultations: dossier.openConsultations + 1 },
    {
      action: 'consult',
      ...actorOf(user, dossier.stepOwnerRole),
      comment: dto.question,
      payload: { consultationId: id, unit: unit.id, role: dto.role ?? null, dueAt },
    },
  );
  return { plan, consultation };
}

/**
 * The consulted unit answers: the dossier has one open consultation less; the answer is an audit event graded
 * against the consultation's due instant.
 */
export function planAnswer(
  ctx: Omit<ActionContext, 'org'>,
  consultation: ConsultationEntity,
  user: AuthUser,
  answer: string,
): ConsultationPlan {
  const { dossier, now } = ctx;
  if (!mayAnswerConsultation(user, consultation)) {
    throw new DossierException(
      DossierErrorCode.NotConsulted,
      `Chỉ ${consultation.role ?? 'công chức, trưởng đơn vị'} của ${consultation.unit} được trả lời ý kiến này`,
    );
  }
  if (consultation.answeredAt) {
    throw new DossierException(DossierErrorCode.ConsultationAnswered, 'Ý kiến này đã được trả lời', {
      answeredAt: consultation.answeredAt,
    });
  }
  const plan = activityPlan(
    ctx,
    { openConsultations: Math.max(0, dossier.openConsultations - 1) },
    {
      action: 'consult_answer',
      ...actorOf(user, consultation.role),
      comment: answer,
      payload: {
        consultationId: consultation.id,
        unit: consultation.unit,
        askedAt: consultation.askedAt,
        dueAt: consultation.dueAt,
        answered: timeliness(now, consultation.dueAt),
      },
    },
  );
  return {
    plan,
    consultation: { ...consultation, answer, answeredBy: user.id, answeredAt: now },
  };
}
