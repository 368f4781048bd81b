import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { feeStatement } from '../payment/payment.rules';
import { FeeStatementView, PaymentView, toFeeStatementView } from '../payment/payment.view';
import { COLLECTOR_KINDS, ID_TYPES } from '../payment/result-collector.rules';
import { toVietnamIso } from '@motcua/calendar';
import type { ProcedureDefinition } from '@motcua/engine';
import { applicantFor, type ApplicantShown } from '@motcua/identity';
import type { DossierEntity } from '../dossier.entity';
import type { DossierEventEntity } from '../dossier-event.entity';
import { dossierPortalStatus } from '../dossier.rules';
import { actionNeeds, ActionNeedsView } from './action-needs.view';
import { DOSSIER_STATUSES, type DossierStatus } from '../dossier.types';
import { ApplicantView } from './applicant.view';
import { BranchView } from './branch.view';
import { HandedDocumentView } from './handed-document.view';

const iso = (at: Date | null): string | null => (at ? toVietnamIso(at) : null);

/** A member of staff as views name them: login name and full name. */
export interface StaffName {
  username: string;
  fullName: string;
}

export class StepOwnerView {
  @ApiProperty() unit!: string;
  @ApiProperty() role!: string;
}

export class StepView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: StepOwnerView }) owner!: StepOwnerView;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'login name' }) assignee!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: "the assignee's full name" })
  assigneeName!: string | null;
  @ApiProperty({ type: String, nullable: true }) startedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) dueAt!: string | null;
}

export class ProcedureRefView {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() revision!: number;
}

export class DossierFlagsView {
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'raised at; the remaining time is below the threshold',
  })
  dueSoon!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'raised at; past the appointment' })
  overdue!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: "raised at; past the current step's due instant",
  })
  stepOverdue!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'raised at; no action or comment for too long' })
  stalled!: string | null;
}

export class ResultCollectorView {
  @ApiProperty({ enum: COLLECTOR_KINDS }) kind!: string;
  @ApiProperty({ type: String, nullable: true }) fullName!: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ID_TYPES }) idType!: string | null;
  @ApiProperty({ type: String, nullable: true }) idNumber!: string | null;
  @ApiProperty({ type: String, nullable: true }) authorization!: string | null;
  @ApiProperty({ type: String, nullable: true }) postalReference!: string | null;
}

export class DossierView {
  @ApiProperty({ example: '000.21.31.H38-261123-0001' }) code!: string;
  @ApiProperty({ type: ProcedureRefView }) procedure!: ProcedureRefView;
  @ApiProperty({ enum: DOSSIER_STATUSES }) status!: DossierStatus;
  @ApiProperty({ description: 'TrangThaiHoSo of the national portal, 1–10' }) portalStatus!: number;
  @ApiProperty() channel!: string;
  @ApiProperty({
    type: ApplicantView,
    description:
      'all of it; fullName, idNumber and address for a unit that only verifies; fullName only in the inbox',
  })
  applicant!: ApplicantView;
  @ApiProperty({ enum: ['full', 'verification', 'name'], description: 'how much of the applicant is shown' })
  personalData!: ApplicantShown;
  @ApiProperty({ type: [HandedDocumentView] }) documents!: HandedDocumentView[];
  @ApiPropertyOptional({ type: String, nullable: true }) summary!: string | null;
  @ApiProperty({ type: StepView, nullable: true }) step!: StepView | null;
  @ApiProperty() receivingUnit!: string;
  @ApiProperty() receivedAt!: string;
  @ApiProperty({ type: String, nullable: true }) clockStartedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'the statutory due instant (ngày hẹn trả)' })
  appointmentAt!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'the appointment printed on the last receipt (form 01); differs from appointmentAt when a calendar change ' +
      'or an extension moved it',
  })
  receiptAppointmentAt!: string | null;
  @ApiProperty({
    description: 'the appointment or the step due instant is computed across a provisional calendar year',
  })
  appointmentProvisional!: boolean;
  @ApiProperty({ type: [Number], description: 'the provisional calendar years they reach', example: [2027] })
  provisionalYears!: number[];
  @ApiProperty({ type: String, nullable: true }) pausedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) resultReadyAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) finishedAt!: string | null;
  @ApiProperty() extended!: boolean;
  @ApiProperty({ type: DossierFlagsView }) flags!: DossierFlagsView;
  @ApiProperty({
    type: String,
    nullable: true,
    description: "raised at; the citizen's supplement is overdue (the wait passed its limit)",
  })
  supplementOverdueAt!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty({ type: [String] }) allowedActions!: string[];
  @ApiProperty({
    type: [String],
    description: 'of allowedActions, those that need a reason (send-backs included)',
  })
  reasonActions!: string[];
  @ApiProperty({
    type: [ActionNeedsView],
    description: 'for each of allowedActions, what its body needs (reason, missing items, new appointment)',
  })
  actionNeeds!: ActionNeedsView[];
  @ApiProperty({
    type: [String],
    description:
      'when extend is allowed: valid new appointments (close of business of the next working days)',
  })
  appointmentChoices!: string[];
  @ApiProperty({
    type: () => [BranchView],
    description: "the branches of the procedure's forks the dossier has entered (empty for a single line)",
  })
  branches!: BranchView[];
  @ApiProperty({ type: FeeStatementView, description: "the procedure's fees and what is paid of them" })
  fees!: FeeStatementView;
  @ApiPropertyOptional({
    type: ResultCollectorView,
    nullable: true,
    description: 'who collected the result (shown to those who see the whole applicant)',
  })
  resultCollector!: ResultCollectorView | null;
  @ApiPropertyOptional({
    type: [PaymentView],
    description: 'GET /dossiers/:code only: every payment of its fees',
  })
  payments?: PaymentView[];
}

/**
 * A dossier in a work list: as DossierView, without its documents, the appointments an extension offers and what
 * each action needs (the action form opens the dossier).
 */
export class DossierListItemView extends OmitType(DossierView, [
  'documents',
  'appointmentChoices',
  'actionNeeds',
] as const) {}

/** The list item of a view (the work list reads neither documents nor choices: see listedColumns). */
export function toListItemView(view: DossierView): DossierListItemView {
  const { documents: _documents, appointmentChoices: _choices, actionNeeds: _needs, ...item } = view;
  return item;
}

export function toDossierView(
  dossier: DossierEntity,
  definition: ProcedureDefinition,
  revision: number,
  allowedActions: string[],
  assignee: StaffName | null,
  access: ApplicantShown = 'full',
  provisionalYears: number[] = [],
  appointmentChoices: Date[] = [],
  branches: BranchView[] = [],
): DossierView {
  const needs = actionNeeds(definition, dossier.step, allowedActions);
  const step = dossier.step ? definition.steps.find((s) => s.id === dossier.step) : undefined;
  return {
    code: dossier.code,
    procedure: { code: definition.code, name: definition.name, revision },
    status: dossier.status,
    portalStatus: dossierPortalStatus(dossier),
    channel: dossier.channel,
    applicant: applicantFor(dossier.applicant, access),
    personalData: access,
    documents: dossier.documents.map((d) => ({ ...d })),
    summary: dossier.summary,
    step: step
      ? {
          id: step.id,
          name: step.name,
          owner: { ...step.owner },
          assignee: assignee?.username ?? null,
          assigneeName: assignee?.fullName ?? null,
          startedAt: iso(dossier.stepStartedAt),
          dueAt: iso(dossier.stepDueAt),
        }
      : null,
    receivingUnit: dossier.receivingUnit,
    receivedAt: toVietnamIso(dossier.receivedAt),
    clockStartedAt: iso(dossier.clockStartedAt),
    appointmentAt: iso(dossier.dueAt),
    receiptAppointmentAt: iso(dossier.receiptDueAt),
    appointmentProvisional: provisionalYears.length > 0,
    provisionalYears,
    pausedAt: iso(dossier.pausedAt),
    resultReadyAt: iso(dossier.resultReadyAt),
    finishedAt: iso(dossier.finishedAt),
    extended: dossier.extendedAt !== null,
    flags: {
      dueSoon: iso(dossier.flagDueSoonAt),
      overdue: iso(dossier.flagOverdueAt),
      stepOverdue: iso(dossier.flagStepOverdueAt),
      stalled: iso(dossier.flagStalledAt),
    },
    supplementOverdueAt: iso(dossier.flagSupplementOverdueAt),
    version: dossier.version,
    allowedActions,
    reasonActions: needs.filter((n) => n.reason).map((n) => n.action),
    actionNeeds: needs,
    appointmentChoices: appointmentChoices.map(toVietnamIso),
    branches,
    fees: toFeeStatementView(feeStatement(definition, dossier.paidAmount)),
    resultCollector: access === 'full' ? dossier.resultCollector : null,
  };
}

export class ActorView {
  @ApiProperty() username!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() title!: string;
  @ApiProperty() unit!: string;
  @ApiProperty() role!: string;
}

export class ControlSheetRow {
  @ApiProperty() version!: number;
  @ApiProperty() action!: string;
  @ApiProperty({ type: String, nullable: true }) fromStep!: string | null;
  @ApiProperty({ type: String, nullable: true }) toStep!: string | null;
  @ApiProperty({ type: String, nullable: true }) fromStatus!: string | null;
  @ApiProperty() toStatus!: string;
  @ApiProperty({ type: ActorView, nullable: true }) actor!: ActorView | null;
  @ApiProperty({ type: String, nullable: true }) comment!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) payload!: Record<string, unknown>;
  @ApiProperty() occurredAt!: string;
  @ApiProperty({ type: String, nullable: true }) stepStartedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) stepDueAt!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'working minutes spent in the step' })
  workingMinutes!: number | null;
  @ApiProperty({ type: String, nullable: true, enum: ['early', 'on_time', 'late'] }) timeliness!:
    string | null;
}

const withoutCollector = ({ collector: _collector, ...payload }: Record<string, unknown>) => payload;

export const toControlSheetRow = (e: DossierEventEntity, wholeApplicant = true): ControlSheetRow => ({
  version: e.version,
  action: e.action,
  fromStep: e.fromStep,
  toStep: e.toStep,
  fromStatus: e.fromStatus,
  toStatus: e.toStatus,
  actor: e.actorUsername
    ? {
        username: e.actorUsername,
        fullName: e.actorName ?? '',
        title: e.actorTitle ?? '',
        unit: e.actorUnit ?? '',
        role: e.actorRole ?? '',
      }
    : null,
  comment: e.comment,
  payload: wholeApplicant ? e.payload : withoutCollector(e.payload),
  occurredAt: toVietnamIso(e.occurredAt),
  stepStartedAt: iso(e.stepStartedAt),
  stepDueAt: iso(e.stepDueAt),
  workingMinutes: e.workingMinutes === null ? null : Number(e.workingMinutes),
  timeliness: e.timeliness,
});

export class DossierPage {
  @ApiProperty({ type: [DossierView] }) items!: DossierView[];
  @ApiPropertyOptional({ type: String, nullable: true }) nextCursor!: string | null;
}

export class DossierCount {
  @ApiProperty({ description: 'dossiers the list gives with these filters, counted up to 10,000' })
  total!: number;
  @ApiProperty({ description: 'true when there are more than 10,000' }) capped!: boolean;
}

export class InboxPage {
  @ApiProperty({ type: [DossierListItemView] }) items!: DossierListItemView[];
  @ApiPropertyOptional({ type: String, nullable: true }) nextCursor!: string | null;
  @ApiProperty({ description: 'dossiers waiting in the inbox across pages, counted up to 1,000' })
  total!: number;
  @ApiProperty({ description: 'true when there are 1,000 or more: `total` stopped counting' })
  totalCapped!: boolean;
}
