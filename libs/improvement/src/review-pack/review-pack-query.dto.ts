import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength } from 'class-validator';

export const PACK_FORMATS = ['pdf', 'xlsx'] as const;
export type PackFormat = (typeof PACK_FORMATS)[number];

export class ReviewPackQueryDto {
  @ApiProperty({
    description: 'a unit id of org.yaml: the pack holds the procedures whose agency is it or a unit under it',
  })
  @IsString()
  @MaxLength(64)
  agency!: string;

  @ApiProperty({
    description: 'the calendar year (Vietnam time), four digits, up to the current one',
    example: '2026',
  })
  @IsString()
  @MaxLength(8)
  year!: string;

  @ApiProperty({ enum: PACK_FORMATS })
  @IsIn(PACK_FORMATS)
  format!: PackFormat;
}
