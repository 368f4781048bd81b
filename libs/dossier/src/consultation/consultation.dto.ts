import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBooleanString,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

export const CONSULTATION_UNITS = ['working_hour', 'working_day', 'day'] as const;
export type ConsultationLimitUnit = (typeof CONSULTATION_UNITS)[number];

export class ConsultationDeadlineDto {
  @ApiProperty({ example: 2, description: 'on the center calendar' })
  @IsNumber()
  @Min(0.5)
  @Max(90)
  amount!: number;

  @ApiProperty({ enum: CONSULTATION_UNITS })
  @IsIn(CONSULTATION_UNITS)
  unit!: ConsultationLimitUnit;
}

export class AskConsultationDto {
  @ApiProperty({ example: 'cong-an-xa', description: 'the consulted unit (org.yaml id)' })
  @IsString()
  @Length(1, 64)
  unit!: string;

  @ApiPropertyOptional({
    example: 'head',
    description: 'the role that answers; absent: its officers and head',
  })
  @IsOptional()
  @IsString()
  @Length(1, 16)
  role?: string;

  @ApiProperty({
    minLength: 1,
    maxLength: 4000,
    example: 'Đề nghị cho ý kiến về nơi cư trú của người yêu cầu',
  })
  @IsString()
  @Length(1, 4000)
  question!: string;

  @ApiProperty({ type: ConsultationDeadlineDto })
  @ValidateNested()
  @Type(() => ConsultationDeadlineDto)
  deadline!: ConsultationDeadlineDto;

  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

export class AnswerConsultationDto {
  @ApiProperty({ minLength: 1, maxLength: 4000, example: 'Người yêu cầu cư trú tại địa chỉ đã khai' })
  @IsString()
  @Length(1, 4000)
  answer!: string;
}

export class ListConsultationsDto {
  @ApiPropertyOptional({
    description: 'true: answered ones too (newest first); default: open ones by due instant',
  })
  @IsOptional()
  @IsBooleanString()
  all?: string;
}
