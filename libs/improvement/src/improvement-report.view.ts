import { ApiProperty } from '@nestjs/swagger';
import { ReadFromView } from '@motcua/report';
import type { Bottleneck } from './bottleneck.rules';
import type { OfficerFigures } from './officer-figure.rules';
import type { StepTrendPoint } from './step-trend.rules';
import { StepFigureView } from './step-figure.view';

/** The period and reading of an improvement report. */
export class ImprovementReportHeadingView {
  @ApiProperty({ example: '2026-01-01' }) from!: string;
  @ApiProperty({ example: '2026-12-31' }) to!: string;
  @ApiProperty({ description: 'the instant open dossiers are judged at: the period’s end, or now' })
  asOf!: string;
  @ApiProperty({ type: ReadFromView }) readFrom!: ReadFromView;
}

export class StepFigureReport extends ImprovementReportHeadingView {
  @ApiProperty({ type: [StepFigureView] }) steps!: StepFigureView[];
}

export class BottleneckView implements Bottleneck {
  @ApiProperty() rank!: number;
  @ApiProperty() procedureCode!: string;
  @ApiProperty() procedureName!: string;
  @ApiProperty() version!: number;
  @ApiProperty() stepId!: string;
  @ApiProperty() stepName!: string;
  @ApiProperty() unit!: string;
  @ApiProperty({ type: Number, nullable: true }) allottedMinutes!: number | null;
  @ApiProperty() medianMinutes!: number;
  @ApiProperty() lateShare!: number;
  @ApiProperty({ description: 'late dossiers of the period that were late at this step' })
  lateDossiers!: number;
  @ApiProperty({ description: 'their share (0–1) of the procedure revision’s late dossiers' })
  lateDossierShare!: number;
  @ApiProperty({
    example:
      'Quy trình ISO quy định 3 giờ cho bước Thẩm định; trung vị thực tế 6,5 giờ; 41 % hồ sơ trễ hạn bị trễ ở bước này',
  })
  sentence!: string;
}

export class BottleneckReport extends ImprovementReportHeadingView {
  @ApiProperty({ type: [BottleneckView] }) bottlenecks!: BottleneckView[];
}

export class StepTrendPointView implements StepTrendPoint {
  @ApiProperty({ example: '2026-03' }) month!: string;
  @ApiProperty() handOvers!: number;
  @ApiProperty() lateHandOvers!: number;
  @ApiProperty({ type: Number, nullable: true }) lateShare!: number | null;
  @ApiProperty({ type: Number, nullable: true }) meanMinutes!: number | null;
}

export class StepTrendReport extends ImprovementReportHeadingView {
  @ApiProperty({ type: String, nullable: true }) stepId!: string | null;
  @ApiProperty({ type: [StepTrendPointView] }) points!: StepTrendPointView[];
}

export class OfficerFiguresView implements OfficerFigures {
  @ApiProperty() username!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [StepFigureView], description: 'late dossiers are attributed to steps: 0 here' })
  steps!: StepFigureView[];
}

export class OfficerReport extends ImprovementReportHeadingView {
  @ApiProperty({ description: 'the head’s unit' }) unit!: string;
  @ApiProperty({ type: [OfficerFiguresView] }) officers!: OfficerFiguresView[];
}
