import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

export const STEP_FORMATS = ['json', 'xlsx'] as const;
export type StepFormat = (typeof STEP_FORMATS)[number];

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The period (Vietnam calendar days, both included, at most 366) and the dossiers the step figures count. */
export class StepQueryDto {
  @ApiProperty({ example: '2026-01-01', description: 'first day of the period (yyyy-mm-dd, Vietnam time)' })
  @Matches(DAY, { message: 'from must be a day yyyy-mm-dd' })
  from!: string;

  @ApiProperty({ example: '2026-12-31', description: 'last day of the period, included' })
  @Matches(DAY, { message: 'to must be a day yyyy-mm-dd' })
  to!: string;

  @ApiPropertyOptional({
    description: 'only the dossiers that reached this unit of org.yaml or a unit under it',
  })
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,64}$/, { message: 'agency must be a unit id' })
  agency?: string;

  @ApiPropertyOptional({ example: '2.000908' })
  @IsOptional()
  @Matches(/^\d\.\d{6}$/, { message: 'procedureCode must look like d.dddddd (e.g. 2.000908)' })
  procedureCode?: string;

  @ApiPropertyOptional({ description: "the procedure file's declared version" })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version?: number;

  @ApiPropertyOptional({ enum: STEP_FORMATS, default: 'json' })
  @IsOptional()
  @IsIn(STEP_FORMATS)
  format?: StepFormat;
}

export class BottleneckQueryDto extends StepQueryDto {
  @ApiPropertyOptional({ default: 10, minimum: 1, maximum: 50, description: 'how many steps to rank' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  top?: number;
}

export class StepTrendQueryDto extends StepQueryDto {
  @ApiPropertyOptional({ description: 'only this step of the procedure (needs procedureCode)' })
  @IsOptional()
  @Matches(/^[a-z0-9_-]{1,64}$/, { message: 'stepId must be a step id' })
  stepId?: string;
}
