import { ApiProperty } from '@nestjs/swagger';
import type { MonthBacklog, OutcomeFigures, ReproductionCheck } from './simulation-figures.rules';
import type { SimulatedStep, SimulationResult, StepLoadView } from './simulation-result.types';

export class MonthBacklogView implements MonthBacklog {
  @ApiProperty({ example: '2026-03' }) month!: string;
  @ApiProperty({ description: 'dossiers started and without their result at the month’s end' }) open!: number;
}

export class OutcomeFiguresView implements OutcomeFigures {
  @ApiProperty() dossiers!: number;
  @ApiProperty({ description: 'results handed over by the appointment' }) resolvedOnTime!: number;
  @ApiProperty() resolvedLate!: number;
  @ApiProperty({ description: 'without a result at the period’s end, before the appointment' })
  pendingWithin!: number;
  @ApiProperty() pendingOverdue!: number;
  @ApiProperty({ description: '(resolved on time + pending within) / dossiers, 0–1' }) onTimeRate!: number;
  @ApiProperty({ type: [String], description: 'the late ones, up to 500, in clock-start order' })
  lateCodes!: string[];
  @ApiProperty({ type: [MonthBacklogView] }) backlogByMonth!: MonthBacklogView[];
}

export class ReproductionCheckView implements ReproductionCheck {
  @ApiProperty({ description: 'the largest on-time difference allowed, 0–1' }) tolerance!: number;
  @ApiProperty() actualOnTimeRate!: number;
  @ApiProperty() simulatedOnTimeRate!: number;
  @ApiProperty() difference!: number;
  @ApiProperty({ description: 'the current revision replayed lands within the tolerance of what happened' })
  reproduced!: boolean;
}

export class StepLoadViewDto implements StepLoadView {
  @ApiProperty() visits!: number;
  @ApiProperty({ description: 'dossiers that stayed at the step' }) stalled!: number;
  @ApiProperty({ description: 'dossiers the step works on at once' }) places!: number;
  @ApiProperty() meanWaitMinutes!: number;
  @ApiProperty() maxWaitMinutes!: number;
  @ApiProperty() maxQueue!: number;
  @ApiProperty({ description: '0–1' }) utilisation!: number;
}

export class SimulatedStepView implements SimulatedStep {
  @ApiProperty() stepId!: string;
  @ApiProperty() stepName!: string;
  @ApiProperty() unit!: string;
  @ApiProperty() role!: string;
  @ApiProperty({ enum: ['observed', 'assumed'] }) basis!: 'observed' | 'assumed';
  @ApiProperty({ type: Number, nullable: true }) assumedMinutes!: number | null;
  @ApiProperty() officersToday!: number;
  @ApiProperty() officers!: number;
  @ApiProperty({ type: StepLoadViewDto, nullable: true }) current!: StepLoadViewDto | null;
  @ApiProperty({ type: StepLoadViewDto, nullable: true }) draft!: StepLoadViewDto | null;
}

export class SimulationResultView implements SimulationResult {
  @ApiProperty() procedureCode!: string;
  @ApiProperty() procedureName!: string;
  @ApiProperty() currentVersion!: number;
  @ApiProperty() draftVersion!: number;
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ description: 'the instant the dossiers are judged at: the period’s end, or now' })
  asOf!: string;
  @ApiProperty() seed!: number;
  @ApiProperty({ type: OutcomeFiguresView }) actual!: OutcomeFiguresView;
  @ApiProperty({ type: OutcomeFiguresView }) current!: OutcomeFiguresView;
  @ApiProperty({ type: OutcomeFiguresView }) draft!: OutcomeFiguresView;
  @ApiProperty({ type: ReproductionCheckView }) check!: ReproductionCheckView;
  @ApiProperty({ type: [SimulatedStepView] }) steps!: SimulatedStepView[];
}

export class DraftFileView {
  @ApiProperty({ example: '2.000908' }) code!: string;
  @ApiProperty({ description: 'the version the file declares' }) version!: number;
  @ApiProperty({ description: 'the current revision’s procedure file (YAML)' }) text!: string;
}
