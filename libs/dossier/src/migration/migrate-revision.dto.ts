import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Min,
} from 'class-validator';

export class MigrateRevisionDto {
  @ApiProperty({
    description: 'the revision the dossiers are on (GET /procedures/:code lists them)',
    example: 1,
  })
  @IsInt()
  @Min(1)
  fromRevision!: number;

  @ApiProperty({ description: 'the newer revision to move them to', example: 2 })
  @IsInt()
  @Min(1)
  toRevision!: number;

  @ApiPropertyOptional({
    description: 'old step id → new step id; a step the new revision still has maps to itself unless given',
    example: { sign: 'approve' },
    type: 'object',
    additionalProperties: { type: 'string' },
  })
  @IsOptional()
  @IsObject()
  mapping?: Record<string, string>;

  @ApiPropertyOptional({
    type: [String],
    description: 'the dossier codes to move; absent: every running dossier on fromRevision',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @IsString({ each: true })
  @Length(1, 40, { each: true })
  dossiers?: string[];

  @ApiPropertyOptional({
    description:
      'code → the version the dry run showed; a dossier changed since gives 409 and nothing is written',
    example: { '000.00.31.H38-260309-0001': 4 },
    type: 'object',
    additionalProperties: { type: 'integer' },
  })
  @IsOptional()
  @IsObject()
  versions?: Record<string, number>;

  @ApiProperty({ description: 'true: list what would change and write nothing' })
  @IsBoolean()
  dryRun!: boolean;
}
