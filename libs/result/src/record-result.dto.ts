import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { RESULT_KINDS, type ResultKind, type ResultParticulars } from './result.types';

/** The particulars of a result document; sent as JSON (generated PDF) or as the query of an uploaded PDF. */
export class RecordResultDto implements ResultParticulars {
  @ApiProperty({
    enum: RESULT_KINDS,
    description: 'result, or refusal (the written refusal of a refused dossier)',
  })
  @IsIn(RESULT_KINDS)
  kind!: ResultKind;

  @ApiProperty({ example: '15/QĐ-UBND', maxLength: 64 })
  @IsString()
  @Length(1, 64)
  number!: string;

  @ApiProperty({ example: '2026-11-23', description: 'the date on the document; not after today' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'documentDate: yyyy-mm-dd' })
  documentDate!: string;

  @ApiProperty({ example: 'Trần Văn Bình', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  signerName!: string;

  @ApiProperty({ example: 'Chủ tịch', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  signerTitle!: string;

  @ApiPropertyOptional({
    maxLength: 4000,
    description:
      'the decision printed on a generated result; a refusal prints the refuse action reason instead',
  })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  decision?: string;
}
