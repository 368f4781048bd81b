import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PeriodQueryDto, ReadFromView } from './period-query.dto';

export const TREND_INTERVALS = ['month', 'week'] as const;
export type TrendInterval = (typeof TREND_INTERVALS)[number];

export class TrendQueryDto extends PeriodQueryDto {
  @ApiPropertyOptional({ enum: TREND_INTERVALS, default: 'month' })
  @IsOptional()
  @IsIn(TREND_INTERVALS)
  interval?: TrendInterval;
}

export class TrendPoint {
  @ApiProperty({ example: '2026-10', description: 'the month, or the Monday starting the week' })
  label!: string;
  @ApiProperty({ description: 'start of the interval (clipped to the period), inclusive' }) from!: string;
  @ApiProperty({ description: 'end of the interval (clipped to the period), exclusive' }) to!: string;
  @ApiProperty({ description: 'received in the interval + carried over (form 06 total)' }) total!: number;
  @ApiProperty({ description: 'resolved early or on time + pending within the deadline' }) onTime!: number;
  @ApiProperty({ description: 'resolved late + pending overdue' }) late!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'onTime / total × 100, 2 decimals; null when 0' })
  onTimeRate!: number | null;
}

export class TrendReport {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({
    description:
      'the earlier of `to` and now (on a replica that lags, its data’s instant): intervals after it are left out, the running one ends there',
  })
  asOf!: string;
  @ApiProperty({ type: ReadFromView }) readFrom!: ReadFromView;
  @ApiProperty({ enum: TREND_INTERVALS }) interval!: TrendInterval;
  @ApiProperty({ type: [TrendPoint] }) points!: TrendPoint[];
}

export class BacklogRow {
  @ApiProperty({ description: 'unit id or procedure code' }) key!: string;
  @ApiProperty({ description: 'unit or procedure name' }) label!: string;
  @ApiProperty({ description: 'open dossiers (not finished)' }) open!: number;
  @ApiProperty({ description: 'carrying the overdue flag (past the appointment)' }) overdue!: number;
  @ApiProperty({ description: "carrying the step_overdue flag (past the current step's due instant)" })
  stepOverdue!: number;
  @ApiProperty({ description: 'carrying the stalled flag' }) stalled!: number;
  @ApiProperty({ description: 'carrying the due_soon flag' }) dueSoon!: number;
}

export class BacklogReport {
  @ApiProperty({ description: 'the instant the data stands at: now, or a lagging replica’s instant' })
  at!: string;
  @ApiProperty({ type: ReadFromView }) readFrom!: ReadFromView;
  @ApiProperty({
    type: [BacklogRow],
    description: "by the current step's owner unit (else the receiving unit)",
  })
  byUnit!: BacklogRow[];
  @ApiProperty({ type: [BacklogRow] }) byProcedure!: BacklogRow[];
  @ApiProperty({ type: BacklogRow, description: 'key and label are "total"' }) total!: BacklogRow;
}
