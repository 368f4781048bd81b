import { ApiProperty } from '@nestjs/swagger';
import type { StepFigure } from './step-figure.types';

/** One step of one procedure revision over the period (see StepFigure); minutes are working minutes. */
export class StepFigureView implements StepFigure {
  @ApiProperty() procedureCode!: string;
  @ApiProperty() procedureName!: string;
  @ApiProperty({ description: "the procedure file's declared version" }) version!: number;
  @ApiProperty() stepId!: string;
  @ApiProperty() stepName!: string;
  @ApiProperty({ description: 'the unit owning the step in the procedure file' }) unit!: string;
  @ApiProperty({ type: Number, nullable: true, description: "the ISO table's time; null for calendar days" })
  allottedMinutes!: number | null;
  @ApiProperty({ description: 'hand-overs out of the step in the period (control-sheet rows)' })
  handOvers!: number;
  @ApiProperty({ description: 'to the minute; 0 when never handed over' }) medianMinutes!: number;
  @ApiProperty({ description: 'to the minute; 0 when never handed over' }) p90Minutes!: number;
  @ApiProperty() meanMinutes!: number;
  @ApiProperty({ description: 'share (0–1) of the hand-overs after the step’s due instant' })
  lateShare!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'median wait before the first assignment' })
  waitMedianMinutes!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'median time from the first assignment on' })
  workMedianMinutes!: number | null;
  @ApiProperty({ description: 'hand-overs that sent the dossier back to an earlier step' })
  sendBacks!: number;
  @ApiProperty() sendBackRate!: number;
  @ApiProperty({ description: 'visits beyond the first of a dossier (send-backs that landed here)' })
  repeatVisits!: number;
  @ApiProperty({ description: 'supplement requests made at the step' }) supplementRequests!: number;
  @ApiProperty() supplementRate!: number;
  @ApiProperty({ description: 'late dossiers of the period that were late at this step' })
  lateDossiers!: number;
  @ApiProperty({ description: 'their share (0–1) of the revision’s late dossiers' })
  lateDossierShare!: number;
}
