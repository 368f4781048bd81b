import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { COLLECTOR_KINDS, type CollectorKind, ID_TYPES, type IdType } from './result-collector.rules';

/** Who collects the result at its hand-over (checked by `checkCollector`). */
export class ResultCollectorDto {
  @ApiProperty({ enum: COLLECTOR_KINDS, example: 'authorized' })
  @IsIn(COLLECTOR_KINDS, {
    message:
      'người nhận kết quả: applicant (người nộp), authorized (người được ủy quyền) hoặc post (bưu chính)',
  })
  kind!: CollectorKind;

  @ApiPropertyOptional({ description: 'authorized: the person collecting', example: 'Trần Văn Bình' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  fullName?: string;

  @ApiPropertyOptional({ enum: ID_TYPES, description: 'default cccd (12 digits)' })
  @IsOptional()
  @IsIn(ID_TYPES, { message: 'loại giấy tờ: cccd (Căn cước / CCCD) hoặc other (giấy tờ khác)' })
  idType?: IdType;

  @ApiPropertyOptional({ example: '001090012345' })
  @IsOptional()
  @IsString()
  @Length(1, 32)
  idNumber?: string;

  @ApiPropertyOptional({
    description: 'authorized: the authorization paper',
    example: 'Giấy ủy quyền số 12/2026, UBND xã chứng thực 01/12/2026',
  })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  authorization?: string;

  @ApiPropertyOptional({ description: 'post: the postal item number', example: 'EV123456789VN' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  postalReference?: string;
}
