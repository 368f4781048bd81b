import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type LimitUnit, toVietnamIso } from '@motcua/calendar';
import {
  findUnit,
  LEVELS,
  type Level,
  ONLINE_MODES,
  type Organization,
  type OnlineMode,
  PAYMENT_TIMINGS,
  type PaymentTiming,
  paymentTimingOf,
  toMermaid,
} from '@motcua/engine';
import type { ProcedureRevision } from './procedure-revisions.service';
import type { ProcedureVersionEntity } from './procedure-version.entity';

const LIMIT_UNITS: LimitUnit[] = ['working_hour', 'working_day', 'day', 'month'];

export class TimeLimitView {
  @ApiProperty({ example: 1 }) amount!: number;
  @ApiProperty({ enum: LIMIT_UNITS, example: 'working_day' }) unit!: LimitUnit;
  @ApiPropertyOptional({ description: 'the due instant moves to the close of that working day' })
  dueAtClose?: boolean;
}

export class PendingRevisionView {
  @ApiProperty({ type: 'integer', description: 'version declared in the file', example: 2 }) version!: number;
  @ApiProperty({ type: 'integer', description: 'revision counted by the server', example: 2 })
  revision!: number;
  @ApiProperty({ description: 'when new dossiers start taking it', example: '2027-01-01T00:00:00+07:00' })
  effectiveFrom!: string;
}

export class ProcedureSummaryView {
  @ApiProperty({ example: '2.000908' }) code!: string;
  @ApiPropertyOptional({
    description: 'local procedure code on the national portal',
    example: '2.000908.000.00.00.H38',
  })
  localCode?: string;
  @ApiProperty({ example: 'Cấp bản sao từ sổ gốc' }) name!: string;
  @ApiProperty({ description: 'lĩnh vực', example: 'Chứng thực' }) field!: string;
  @ApiProperty({ enum: LEVELS }) level!: Level;
  @ApiProperty({ type: TimeLimitView, description: 'statutory time limit' }) deadline!: TimeLimitView;
  @ApiProperty({ enum: ONLINE_MODES, description: 'full: toàn trình; partial: một phần' })
  online!: OnlineMode;
  @ApiProperty({
    type: 'integer',
    description: 'revision of the file content, counted by the server',
    example: 1,
  })
  revision!: number;
  @ApiProperty({ type: 'integer', description: 'version declared in the file', example: 1 }) version!: number;
  @ApiProperty({ type: 'integer', description: 'number of steps', example: 4 }) steps!: number;
  @ApiPropertyOptional({
    description: 'when this version took (or takes) effect; absent: when it was loaded',
  })
  effectiveFrom?: string;
  @ApiProperty({
    description:
      'false when every loaded version still waits for its effectiveFrom: no dossier can start yet',
  })
  inEffect!: boolean;
  @ApiProperty({
    type: [PendingRevisionView],
    description: 'loaded versions waiting for their effectiveFrom',
  })
  pending!: PendingRevisionView[];
}

export class ProcedureStepOwnerView {
  @ApiProperty({ description: 'unit id in org.yaml', example: 'tu-phap-xa' }) unit!: string;
  @ApiProperty({ example: 'officer' }) role!: string;
}

export class ProcedureStepDurationView {
  @ApiProperty({ example: 3 }) amount!: number;
  @ApiProperty({
    enum: LIMIT_UNITS,
    description: 'day and month: calendar time, where the limit is in days or months',
  })
  unit!: LimitUnit;
}

export class ProcedureTransitionView {
  @ApiProperty({ description: 'the action name', example: 'submit' }) event!: string;
  @ApiProperty({ description: 'a step id or `done`', example: 'sign' }) target!: string;
  @ApiPropertyOptional({ example: 'hasComment' }) guard?: string;
  @ApiProperty({ type: [String], description: 'registry actions run on the way' }) actions!: string[];
  @ApiProperty({ type: 'integer', description: 'line in the procedure file' }) line!: number;
}

export class ProcedureBranchView {
  @ApiProperty({ example: 'residence' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [String], description: 'its step ids, in file order' }) steps!: string[];
}

export class ProcedureForkView {
  @ApiProperty({ type: [ProcedureBranchView] }) branches!: ProcedureBranchView[];
  @ApiProperty({ type: [String], description: 'the branches that must join' }) join!: string[];
  @ApiProperty({ description: 'a step id or `done`', example: 'release' }) next!: string;
}

export class ProcedureStepView {
  @ApiProperty({ example: 'appraise' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: ProcedureStepOwnerView }) owner!: ProcedureStepOwnerView;
  @ApiProperty({ type: ProcedureStepDurationView }) duration!: ProcedureStepDurationView;
  @ApiProperty({ description: 'entering this step means the result is ready' }) result!: boolean;
  @ApiPropertyOptional({ description: 'form or document the step produces' }) output?: string;
  @ApiProperty({ type: [ProcedureTransitionView] }) transitions!: ProcedureTransitionView[];
  @ApiProperty({ type: 'integer' }) line!: number;
  @ApiPropertyOptional({ type: () => ProcedureForkView, description: 'a fork step: no owner of its own' })
  fork?: ProcedureForkView;
  @ApiPropertyOptional({ description: 'a step of a branch: the branch id', example: 'residence' })
  branch?: string;
  @ApiPropertyOptional({ description: 'a step of a branch: its fork step', example: 'process' })
  forkOf?: string;
}

export class ProcedureDocumentView {
  @ApiProperty() name!: string;
  @ApiProperty({ type: 'integer' }) originals!: number;
  @ApiProperty({ type: 'integer' }) copies!: number;
  @ApiProperty() required!: boolean;
}

export class ProcedureFeeView {
  @ApiProperty() name!: string;
  @ApiProperty({ type: 'integer', description: 'VND' }) amount!: number;
}

export class ProcedureRevisionView {
  @ApiProperty({ type: 'integer', example: 1 }) revision!: number;
  @ApiProperty({ type: 'integer', description: 'version declared in the file' }) version!: number;
  @ApiProperty({ example: '2026-07-01T08:00:00+07:00' }) loadedAt!: string;
  @ApiPropertyOptional({ description: 'when new dossiers start taking it; absent: when it was loaded' })
  effectiveFrom?: string;
}

export class ProcedureDetailView {
  @ApiProperty({ example: 'workflows/procedures/2.000908.yaml' }) file!: string;
  @ApiProperty({ example: '2.000908' }) code!: string;
  @ApiProperty({ type: 'integer', description: 'version declared in the file' }) version!: number;
  @ApiProperty({ type: 'integer', description: 'current revision' }) revision!: number;
  @ApiPropertyOptional({ description: 'local procedure code on the national portal' }) localCode?: string;
  @ApiPropertyOptional({ description: 'when this version took (or takes) effect' }) effectiveFrom?: string;
  @ApiProperty({ description: 'false when this version still waits for its effectiveFrom' })
  inEffect!: boolean;
  @ApiProperty({
    type: [PendingRevisionView],
    description: 'loaded versions waiting for their effectiveFrom',
  })
  pending!: PendingRevisionView[];
  @ApiProperty() name!: string;
  @ApiProperty() field!: string;
  @ApiProperty({ enum: LEVELS }) level!: Level;
  @ApiPropertyOptional({ description: 'competent unit id in org.yaml' }) agency?: string;
  @ApiProperty({ type: TimeLimitView }) deadline!: TimeLimitView;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'absent: the center default; null: none',
  })
  cutoff?: string | null;
  @ApiProperty({ enum: ONLINE_MODES }) online!: OnlineMode;
  @ApiProperty({ type: 'integer' }) maxSupplementRequests!: number;
  @ApiProperty({ type: [ProcedureDocumentView] }) documents!: ProcedureDocumentView[];
  @ApiProperty({ type: [ProcedureFeeView] }) fees!: ProcedureFeeView[];
  @ApiProperty({
    enum: PAYMENT_TIMINGS,
    description:
      'when the fees are paid: before the result is handed over (default), after it, or not at the center',
  })
  payment!: PaymentTiming;
  @ApiPropertyOptional({ description: 'the decision that approved the internal procedure' }) source?: string;
  @ApiProperty({ type: [ProcedureStepView] }) steps!: ProcedureStepView[];
  @ApiProperty({ type: [ProcedureRevisionView], description: 'every revision, oldest first' })
  revisions!: ProcedureRevisionView[];
  @ApiProperty({ description: 'Mermaid stateDiagram-v2 of the steps' }) mermaid!: string;
}

/** A revision to show, with the versions loaded after it that wait for their date. */
export interface ShownRevision {
  shown: ProcedureRevision;
  inEffect: boolean;
  pending: ProcedureRevision[];
}

const toPending = ({ definition, revision }: ProcedureRevision): PendingRevisionView => ({
  version: definition.version,
  revision,
  effectiveFrom: definition.effectiveFrom!,
});

export function toProcedureSummary({ shown, inEffect, pending }: ShownRevision): ProcedureSummaryView {
  const { code, localCode, name, field, level, deadline, online, version, steps, effectiveFrom } =
    shown.definition;
  return {
    code,
    ...(localCode !== undefined ? { localCode } : {}),
    name,
    field,
    level,
    deadline,
    online,
    revision: shown.revision,
    version,
    steps: steps.length,
    ...(effectiveFrom !== undefined ? { effectiveFrom } : {}),
    inEffect,
    pending: pending.filter((p) => p !== shown).map(toPending),
  };
}

export function toProcedureDetail(
  { shown, inEffect, pending }: ShownRevision,
  rows: ProcedureVersionEntity[],
  org: Organization,
): ProcedureDetailView {
  const { definition, revision } = shown;
  return {
    ...definition,
    payment: paymentTimingOf(definition),
    revision,
    inEffect,
    pending: pending.filter((p) => p !== shown).map(toPending),
    revisions: rows.map((r) => ({
      revision: r.revision,
      version: r.declaredVersion,
      loadedAt: toVietnamIso(r.loadedAt),
      ...(r.effectiveFrom ? { effectiveFrom: toVietnamIso(r.effectiveFrom) } : {}),
    })),
    // In Vietnamese with the units' names: the console shows it to the staff.
    mermaid: toMermaid(definition, { lang: 'vi', unitName: (id) => findUnit(org, id)?.name ?? id }),
  };
}
