import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class StaffOverrideDto {
  @ApiProperty({ description: 'a unit id of org.yaml', example: 'tu-phap-xa' })
  @IsString()
  @MaxLength(64)
  unit!: string;

  @ApiProperty({ description: 'officers of the unit in the draft, for every step it owns', minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(10_000)
  officers!: number;
}

export class StepAssumptionDto {
  @ApiProperty({ description: 'a step id of the draft', example: 'check' })
  @IsString()
  @MaxLength(64)
  step!: string;

  @ApiProperty({ description: 'working minutes the step takes, every time', minimum: 0 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1_000_000)
  minutes!: number;
}

export class SimulationRequestDto {
  @ApiProperty({ description: 'the draft procedure file (YAML, as workflows/procedures/*.yaml)' })
  @IsString()
  @MinLength(1)
  @MaxLength(200_000)
  draft!: string;

  @ApiProperty({
    description: 'first day of the period replayed (Vietnam, yyyy-mm-dd), included',
    example: '2026-01-01',
  })
  @Matches(DAY)
  from!: string;

  @ApiProperty({
    description: 'last day of the period replayed (Vietnam, yyyy-mm-dd), included',
    example: '2026-12-31',
  })
  @Matches(DAY)
  to!: string;

  @ApiPropertyOptional({ description: 'the same seed gives the same result', default: 42 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(2 ** 31 - 1)
  seed?: number;

  @ApiPropertyOptional({ type: [StaffOverrideDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => StaffOverrideDto)
  staff?: StaffOverrideDto[];

  @ApiPropertyOptional({ type: [StepAssumptionDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => StepAssumptionDto)
  assume?: StepAssumptionDto[];
}
