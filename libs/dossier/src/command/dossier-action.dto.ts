import { IsInstant } from '@motcua/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';
import { HandedDocumentDto } from './receive-dossier.dto';
import { ResultCollectorDto } from '../payment/result-collector.dto';

export class DossierActionDto {
  @ApiProperty({ description: "one of the dossier's allowedActions", example: 'forward' })
  @Matches(/^[a-z][a-z0-9_]*$/, { message: 'action must be a snake_case action name such as forward' })
  action!: string;

  @ApiPropertyOptional({
    description:
      "in a fork (parallel branches): the branch whose step the action is for (one of the dossier's branches); " +
      'not needed for refuse, withdraw, stop and extend, which act on the whole dossier',
    example: 'residence',
  })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9_]*$/, { message: 'branch must be a branch id such as residence' })
  branch?: string;

  @ApiProperty({ description: 'the version the caller saw; a stale one gives 409', example: 2 })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  comment?: string;

  @ApiPropertyOptional({ description: 'request_supplement, refuse, withdraw, stop, extend' })
  @IsOptional()
  @IsString()
  @Length(3, 2000)
  reason?: string;

  @ApiPropertyOptional({ type: [String], description: 'request_supplement: what the citizen must bring' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @IsString({ each: true })
  @Length(1, 500, { each: true })
  missingItems?: string[];

  @ApiPropertyOptional({ description: 'extend: the new appointment, ISO 8601 with offset' })
  @IsOptional()
  @IsInstant()
  newAppointment?: string;

  @ApiPropertyOptional({
    type: [HandedDocumentDto],
    description: 'supplement_received: documents now handed in',
  })
  @IsOptional()
  @IsArray()
  @IsObject({ each: true, message: 'each of $property must be an object' })
  @ValidateNested({ each: true })
  @Type(() => HandedDocumentDto)
  documents?: HandedDocumentDto[];

  @ApiPropertyOptional({
    type: ResultCollectorDto,
    description: 'the hand-over of the result (status 10): who collected it',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ResultCollectorDto)
  collector?: ResultCollectorDto;
}

export class AssignDto {
  @ApiProperty({ example: 'tuphap.xa2' })
  @IsString()
  @Length(1, 64)
  username!: string;

  @ApiPropertyOptional({ description: 'in a fork: the branch whose step is assigned', example: 'birth' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9_]*$/, { message: 'branch must be a branch id such as birth' })
  branch?: string;

  @ApiProperty({ example: 3 })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}
