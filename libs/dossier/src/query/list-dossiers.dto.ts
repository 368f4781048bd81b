import { IsInstant, NormalizeNfc, PageQueryDto } from '@motcua/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { FLAGS, type Flag } from '../deadline/deadline.rules';
import { DOSSIER_STATUSES, type DossierStatus } from '../dossier.types';

export class ListDossiersDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: DOSSIER_STATUSES })
  @IsOptional()
  @IsIn(DOSSIER_STATUSES)
  status?: DossierStatus;

  @ApiPropertyOptional({ enum: FLAGS, description: 'only dossiers carrying this flag now' })
  @IsOptional()
  @IsIn(FLAGS)
  flag?: Flag;

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
  @IsInstant()
  receivedFrom?: string;

  @ApiPropertyOptional({ description: 'received before (ISO 8601)' })
  @IsOptional()
  @IsInstant()
  receivedTo?: string;

  @ApiPropertyOptional({ description: 'dossier code, applicant name or id number' })
  @IsOptional()
  @NormalizeNfc()
  @IsString()
  @Length(1, 100)
  q?: string;
}
