import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type LimitUnit, toVietnamIso } from '@motcua/calendar';
import { LEVELS, type Level, ONLINE_MODES, type OnlineMode, toMermaid } from '@motcua/engine';
import type { ProcedureRevision } from './procedure-revisions.service';
import type { ProcedureVersionEntity } from './procedure-version.entity';

const LIMIT_UNITS: LimitUnit[] = ['working_hour', 'working_day', 'day', 'month'];

export class TimeLimitView {
  @ApiProperty({ example: 1 }) amount!: number;
  @ApiProperty({ enum: LIMIT_UNITS, example: 'working_day' }) unit!: LimitUnit;
  @ApiPropertyOptional({ description: 'the due instant moves to the close of that working day' })
  dueAtClose?: boolean;
}

export class ProcedureSummaryView {
  @ApiProperty({ example: '2.000908' }) code!: string;
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

export class ProcedureStepView {
  @ApiProperty({ example: 'appraise' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: ProcedureStepOwnerView }) owner!: ProcedureStepOwnerView;
  @ApiProperty({ type: ProcedureStepDurationView }) duration!: ProcedureStepDurationView;
  @ApiProperty({ description: 'entering this step means the result is ready' }) result!: boolean;
  @ApiPropertyOptional({ description: 'form or document the step produces' }) output?: string;
  @ApiProperty({ type: [ProcedureTransitionView] }) transitions!: ProcedureTransitionView[];
  @ApiProperty({ type: 'integer' }) line!: number;
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
}

export class ProcedureDetailView {
  @ApiProperty({ example: 'workflows/procedures/2.000908.yaml' }) file!: string;
  @ApiProperty({ example: '2.000908' }) code!: string;
  @ApiProperty({ type: 'integer', description: 'version declared in the file' }) version!: number;
  @ApiProperty({ type: 'integer', description: 'current revision' }) revision!: number;
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
  @ApiPropertyOptional({ description: 'the decision that approved the internal procedure' }) source?: string;
  @ApiProperty({ type: [ProcedureStepView] }) steps!: ProcedureStepView[];
  @ApiProperty({ type: [ProcedureRevisionView], description: 'every revision, oldest first' })
  revisions!: ProcedureRevisionView[];
  @ApiProperty({ description: 'Mermaid stateDiagram-v2 of the steps' }) mermaid!: string;
}

export function toProcedureSummary({ definition, revision }: ProcedureRevision): ProcedureSummaryView {
  const { code, name, field, level, deadline, online, version, steps } = definition;
  return { code, name, field, level, deadline, online, revision, version, steps: steps.length };
}

export function toProcedureDetail(
  { definition, revision }: ProcedureRevision,
  rows: ProcedureVersionEntity[],
): ProcedureDetailView {
  return {
    ...definition,
    revision,
    revisions: rows.map((r) => ({
      revision: r.revision,
      version: r.declaredVersion,
      loadedAt: toVietnamIso(r.loadedAt),
    })),
    mermaid: toMermaid(definition),
  };
}
