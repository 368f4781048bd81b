import { ApiProperty } from '@nestjs/swagger';
import { toVietnamIso } from '@motcua/calendar';
import {
  appliedLimitText,
  conditionalLimits,
  conditionalLimitText,
  type DossierEntity,
  dossierPortalStatus,
  feeStatement,
  limitText,
  portalStatusOf,
  type TimelineEvent,
} from '@motcua/dossier';
import type { ProcedureDefinition } from '@motcua/engine';
import {
  type CitizenNotes,
  PublicApologyView,
  PublicCollectionView,
  PublicSupplementView,
} from './public.view';

const iso = (at: Date | null): string | null => (at ? toVietnamIso(at) : null);

export class PublicStepView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true, description: 'the owner unit, by name' }) unit!: string | null;
}

export class PublicTimelineEntry {
  @ApiProperty() action!: string;
  @ApiProperty({ type: PublicStepView, nullable: true }) from!: PublicStepView | null;
  @ApiProperty({ type: PublicStepView, nullable: true }) to!: PublicStepView | null;
  @ApiProperty() status!: string;
  @ApiProperty() portalStatus!: number;
  @ApiProperty() at!: string;
  @ApiProperty({ type: String, nullable: true }) stepDueAt!: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['early', 'on_time', 'late'] }) timeliness!:
    string | null;
}

export class PublicProcedureView {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
}

export class PublicLimitView {
  @ApiProperty({ example: '10 ngày làm việc', description: 'the statutory time limit' }) statutory!: string;
  @ApiProperty({
    type: [String],
    description: 'each conditional limit as the rule that applies (Trường hợp …: 15 ngày làm việc)',
  })
  conditions!: string[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'the limit this dossier is under once it took a conditional one, with the rule; null before',
    example: '15 ngày làm việc (Trường hợp phải xác minh …)',
  })
  applied!: string | null;
}

/** The result document, once recorded: its number, date and signer; the PDF once it is returned (status 10). */
export class PublicResultView {
  @ApiProperty({ example: '15/QĐ-UBND' }) number!: string;
  @ApiProperty({ example: '2026-11-23', description: 'the date on the document' }) issuedAt!: string;
  @ApiProperty({ example: 'Chủ tịch Trần Văn Bình', description: 'who signed it, by title and name' })
  signer!: string;
  @ApiProperty({ description: 'GET /public/dossiers/:code/result?key= answers the signed PDF' })
  downloadable!: boolean;
}

export class PublicFeeView {
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'đồng' }) amount!: number;
}

/** What anyone holding the code and the key may see: the procedure and the progress, nothing about people. */
export class PublicDossierView {
  @ApiProperty() code!: string;
  @ApiProperty({ type: PublicProcedureView }) procedure!: PublicProcedureView;
  @ApiProperty() status!: string;
  @ApiProperty({ description: 'TrangThaiHoSo of the national portal, 1–10' }) portalStatus!: number;
  @ApiProperty({ description: 'the receiving unit, by name' }) receivingUnit!: string;
  @ApiProperty() receivedAt!: string;
  @ApiProperty({ type: String, nullable: true }) appointmentAt!: string | null;
  @ApiProperty({ type: PublicLimitView }) limit!: PublicLimitView;
  @ApiProperty({ type: String, nullable: true }) resultReadyAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) finishedAt!: string | null;
  @ApiProperty({ type: PublicStepView, nullable: true }) currentStep!: PublicStepView | null;
  @ApiProperty({ type: [PublicTimelineEntry] }) timeline!: PublicTimelineEntry[];
  @ApiProperty({
    type: PublicSupplementView,
    nullable: true,
    description: 'while the dossier waits for the citizen',
  })
  supplement!: PublicSupplementView | null;
  @ApiProperty({ type: PublicApologyView, nullable: true, description: 'the letter of the latest extension' })
  apology!: PublicApologyView | null;
  @ApiProperty({ type: PublicCollectionView, nullable: true, description: 'once the result is ready' })
  collection!: PublicCollectionView | null;
  @ApiProperty({ type: PublicResultView, nullable: true }) result!: PublicResultView | null;
  @ApiProperty({ type: [PublicFeeView], description: "the procedure's fees and charges (those above zero)" })
  fees!: PublicFeeView[];
  @ApiProperty({ description: 'đồng' }) feesTotal!: number;
  @ApiProperty({ description: 'nothing left to pay: paid in full, or no fee collected' }) paid!: boolean;
}

// Comments and assignments name people or carry their words; they stay inside the agency.
// Consultations between units are the agencies' internal work, as comments and assignments are; so are the files
// attached and checked (their names may carry personal data).
// Recording the result is shown as the result itself (`result`), not as a step of the timeline.
const INTERNAL_ACTIONS = new Set([
  'comment',
  'assign',
  'consult',
  'consult_answer',
  'attach_documents',
  'check_document',
  'uncheck_document',
  'record_result',
]);

export function toPublicDossierView(
  dossier: DossierEntity,
  definition: ProcedureDefinition,
  events: TimelineEvent[],
  unitName: (unitId: string) => string | null,
  notes: CitizenNotes,
  result: PublicResultView | null = null,
): PublicDossierView {
  const stepOf = (id: string | null): PublicStepView | null => {
    if (id === null) return null;
    const step = definition.steps.find((s) => s.id === id);
    // A fork step has no unit of its own: its branches are held by several.
    return { id, name: step?.name ?? id, unit: step?.owner.unit ? unitName(step.owner.unit) : null };
  };
  return {
    code: dossier.code,
    procedure: { code: definition.code, name: definition.name },
    status: dossier.status,
    portalStatus: dossierPortalStatus(dossier),
    receivingUnit: unitName(dossier.receivingUnit) ?? dossier.receivingUnit,
    receivedAt: toVietnamIso(dossier.receivedAt),
    appointmentAt: iso(dossier.dueAt),
    limit: limitView(dossier, definition),
    resultReadyAt: iso(dossier.resultReadyAt),
    finishedAt: iso(dossier.finishedAt),
    currentStep: stepOf(dossier.step),
    timeline: events
      .filter((e) => !INTERNAL_ACTIONS.has(e.action))
      .map((e) => ({
        action: e.action,
        from: stepOf(e.fromStep),
        to: stepOf(e.toStep),
        status: e.toStatus,
        portalStatus: portalStatusOf(e.toStatus, e.fromStatus),
        at: toVietnamIso(e.occurredAt),
        stepDueAt: iso(e.stepDueAt),
        timeliness: e.timeliness,
      })),
    ...notes,
    result,
    ...feesOf(dossier, definition),
  };
}

function feesOf(
  dossier: DossierEntity,
  definition: ProcedureDefinition,
): Pick<PublicDossierView, 'fees' | 'feesTotal' | 'paid'> {
  const statement = feeStatement(definition, dossier.paidAmount);
  return { fees: statement.fees, feesTotal: statement.total, paid: statement.paid };
}

function limitView(dossier: DossierEntity, definition: ProcedureDefinition): PublicLimitView {
  const { deadline } = definition;
  return {
    statutory: limitText(deadline),
    conditions: conditionalLimits(definition).map((c) => conditionalLimitText(deadline, c)),
    applied: appliedLimitText(deadline, dossier.limitExtensions ?? []),
  };
}
