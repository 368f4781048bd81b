import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { DOSSIER_STATUSES, type DossierStatus } from '../dossier.types';

export class ListDossiersDto {
  @ApiPropertyOptional({ enum: DOSSIER_STATUSES })
  @IsOptional()
  @IsIn(DOSSIER_STATUSES)
  status?: DossierStatus;

  @ApiPropertyOptional({ example: '2.000908' })
  @IsOptional()
  @Matches(/^\d\.\d{6}$/, { message: 'procedure must look like d.dddddd (e.g. 2.000908)' })
  procedure?: string;

  @ApiPropertyOptional({ description: 'a unit on the route or the receiving unit' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9-]*$/, { message: 'unit must be a unit id such as mot-cua-xa' })
  unit?: string;

  @ApiPropertyOptional({ description: 'received at or after (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  receivedFrom?: string;

  @ApiPropertyOptional({ description: 'received before (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  receivedTo?: string;

  @ApiPropertyOptional({ description: 'dossier code, applicant name or id number' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  q?: string;

  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,200}$/, { message: 'cursor must be the nextCursor of a previous page' })
  cursor?: string;
}
