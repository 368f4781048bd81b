import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional } from 'class-validator';

export const GROUP_BYS = ['unit', 'field', 'procedure'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];
export const FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ReportFormat = (typeof FORMATS)[number];

export class PeriodQueryDto {
  @ApiProperty({ description: 'start of the period, inclusive (ISO 8601)' })
  @IsISO8601({ strict: true })
  from!: string;

  @ApiProperty({ description: 'end of the period, exclusive (ISO 8601)' })
  @IsISO8601({ strict: true })
  to!: string;
}

export class HandlingQueryDto extends PeriodQueryDto {
  @ApiPropertyOptional({ enum: GROUP_BYS, default: 'unit' })
  @IsOptional()
  @IsIn(GROUP_BYS)
  groupBy?: GroupBy;

  @ApiPropertyOptional({ enum: FORMATS, default: 'json' })
  @IsOptional()
  @IsIn(FORMATS)
  format?: ReportFormat;
}

/** The counts of one line of form 06/VPCP/KSTT. */
export class HandlingCounts {
  @ApiProperty({ description: 'received in the period + carried over' }) total!: number;
  @ApiProperty({ description: 'received online in the period' }) receivedOnline!: number;
  @ApiProperty({ description: 'received in person or by post in the period' }) receivedOffline!: number;
  @ApiProperty({ description: 'received before the period and still pending at its start' })
  carriedOver!: number;
  @ApiProperty({ description: 'done in the period' }) resolved!: number;
  @ApiProperty() resolvedEarly!: number;
  @ApiProperty() resolvedOnTime!: number;
  @ApiProperty() resolvedLate!: number;
  @ApiProperty({ description: 'refused, withdrawn or stopped in the period' }) closedOther!: number;
  @ApiProperty({ description: 'pending at `asOf` (the end of the period, or now while it runs)' })
  pending!: number;
  @ApiProperty() pendingWithinDeadline!: number;
  @ApiProperty() pendingOverdue!: number;
}

export class HandlingRow extends HandlingCounts {
  @ApiProperty({ description: 'receiving unit id, field name or procedure code' }) key!: string;
  @ApiProperty({ description: 'unit name (groupBy=unit), procedure name (groupBy=procedure), else the key' })
  label!: string;
}

export class ApologyCounts {
  @ApiProperty({ description: 'apology-and-extension letters (form 04) issued in the period' })
  issued!: number;
  @ApiProperty({
    description: 'of which late: less than one working day before the appointment, or after it had passed',
  })
  late!: number;
}

/** Where the figures were read: the primary, or the replica and how far its data stood behind now. */
export class ReadFromView {
  @ApiProperty({ enum: ['primary', 'replica'] }) server!: 'primary' | 'replica';
  @ApiProperty({
    description: 'whole seconds the data read stood behind now (a replica’s replay lag); 0 on the primary',
  })
  lagSeconds!: number;
  @ApiProperty({
    enum: ['replica_lagging', 'replica_unavailable'],
    nullable: true,
    type: String,
    description: 'why a configured replica was not read: it lagged past REPLICA_MAX_LAG_S, or did not answer',
  })
  fallback!: 'replica_lagging' | 'replica_unavailable' | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'the same in Vietnamese, for the reader; null: nothing to say',
  })
  note!: string | null;
}

export class HandlingReport {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({
    description:
      'the instant the figures are judged at: the earlier of `to` and now (a running period is counted so far); on a replica that lags, the instant its data stands at',
  })
  asOf!: string;
  @ApiProperty({ type: ReadFromView }) readFrom!: ReadFromView;
  @ApiProperty({ enum: GROUP_BYS }) groupBy!: GroupBy;
  @ApiProperty({ type: [HandlingRow] }) rows!: HandlingRow[];
  @ApiProperty({ type: HandlingCounts }) total!: HandlingCounts;
  @ApiProperty({ type: ApologyCounts }) apologies!: ApologyCounts;
}

export class Indicator {
  @ApiProperty() key!: string;
  @ApiProperty() name!: string;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'percent, 2 decimals; null when the denominator is 0',
  })
  value!: number | null;
  @ApiProperty() numerator!: number;
  @ApiProperty() denominator!: number;
  @ApiProperty() formula!: string;
  @ApiPropertyOptional() note?: string;
}

export class ProcessingTime {
  @ApiProperty() procedureCode!: string;
  @ApiProperty() procedureName!: string;
  @ApiProperty({ description: 'done dossiers finished in the period' }) count!: number;
  @ApiProperty({ description: 'working days, 2 decimals' }) averageWorkingDays!: number;
}

export class IndicatorsReport {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({
    description:
      'the instant the figures are judged at: the earlier of `to` and now (a running period is counted so far); on a replica that lags, the instant its data stands at',
  })
  asOf!: string;
  @ApiProperty({ type: ReadFromView }) readFrom!: ReadFromView;
  @ApiProperty({ type: [Indicator] }) indicators!: Indicator[];
  @ApiProperty({ type: [ProcessingTime] }) averageProcessingTime!: ProcessingTime[];
  @ApiProperty() averageProcessingTimeFormula!: string;
}
