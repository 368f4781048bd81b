import { IsInstant, PageQueryDto } from '@motcua/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Length, Matches } from 'class-validator';
import { ACCESS_KINDS } from './access-log.types';

export class AccessLogQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: '000.01.52.H38-261123-0001', description: 'reads of this dossier' })
  @IsOptional()
  @Length(1, 40)
  @Matches(/^[A-Za-z0-9.-]+$/, { message: 'dossier must be a dossier code' })
  dossier?: string;

  @ApiPropertyOptional({ example: 'tuphap.xa1', description: 'reads by this user' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9._-]{0,63}$/, { message: 'user must be a username' })
  user?: string;

  @ApiPropertyOptional({ description: 'at or after (ISO 8601)' })
  @IsOptional()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ description: 'before (ISO 8601)' })
  @IsOptional()
  @IsInstant()
  to?: string;
}

export class AccessLogEntryView {
  @ApiProperty() at!: string;
  @ApiProperty() username!: string;
  @ApiProperty({ description: "the reader's unit at the time" }) unit!: string;
  @ApiProperty() dossier!: string;
  @ApiProperty({ enum: ACCESS_KINDS }) kind!: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'the form or book read' })
  detail!: string | null;
  @ApiProperty({
    enum: ['full', 'verification'],
    description: 'all applicant fields, or the verification ones',
  })
  fields!: string;
}

export class AccessLogPage {
  @ApiProperty({ type: [AccessLogEntryView] }) items!: AccessLogEntryView[];
  @ApiPropertyOptional({ type: String, nullable: true }) nextCursor!: string | null;
}
