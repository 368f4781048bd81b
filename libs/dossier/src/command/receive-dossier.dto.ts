import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsCleanName, NormalizeNfc } from '@motcua/common';
import { DESK_CHANNELS, type DeskChannel, RESULT_DELIVERIES, type ResultDelivery } from '../dossier.types';

export const RECEPTION_DECISIONS = ['accept', 'request_supplement', 'refuse'] as const;
export type ReceptionDecision = (typeof RECEPTION_DECISIONS)[number];

export class ApplicantDto {
  @ApiProperty({
    example: 'Nguyễn Văn An',
    description: 'stored in Unicode NFC; no control, zero-width or bidi characters',
  })
  @NormalizeNfc()
  @IsString()
  @IsCleanName()
  @Length(2, 200)
  fullName!: string;

  @ApiProperty({ description: 'citizen id (12 digits) or old id card (9 digits)', example: '001085012345' })
  @Matches(/^(\d{9}|\d{12})$/, { message: 'idNumber must be 9 or 12 digits' })
  idNumber!: string;

  @ApiProperty({ example: '0912345678' })
  @Matches(/^(0|\+84)\d{9}$/, {
    message: 'phone must be a Vietnamese number such as 0912345678 or +84912345678',
  })
  phone!: string;

  @ApiPropertyOptional({ example: 'an.nguyen@example.vn' })
  @IsOptional()
  @IsEmail()
  email?: string;

  @ApiProperty({ example: 'Thôn 3, xã Gia Phú, tỉnh Lào Cai' })
  @NormalizeNfc()
  @IsString()
  @IsCleanName()
  @Length(3, 500)
  address!: string;
}

export class HandedDocumentDto {
  @ApiProperty({ description: "one of the procedure's document names" })
  @NormalizeNfc()
  @IsString()
  @Length(1, 500)
  name!: string;

  @ApiProperty({ minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(100)
  originals!: number;

  @ApiProperty({ minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(100)
  copies!: number;
}

export class ReceiveDossierDto {
  @ApiProperty({ example: '2.000908' })
  @Matches(/^\d\.\d{6}$/, { message: 'procedureCode must look like d.dddddd (e.g. 2.000908)' })
  procedureCode!: string;

  @ApiProperty({
    enum: DESK_CHANNELS,
    description:
      'in person or by post; an online dossier comes only through the portal (POST /portal/dossiers)',
  })
  @IsIn(DESK_CHANNELS, {
    message:
      'channel: hồ sơ nhận tại Bộ phận Một cửa là hồ sơ nộp trực tiếp (in_person) hoặc qua bưu chính (post); ' +
      'hồ sơ trực tuyến chỉ được nhận qua Cổng Dịch vụ công',
  })
  channel!: DeskChannel;

  @ApiProperty({ type: ApplicantDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ApplicantDto)
  applicant!: ApplicantDto;

  @ApiProperty({ type: [HandedDocumentDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @IsObject({ each: true, message: 'each of $property must be an object' })
  @ValidateNested({ each: true })
  @Type(() => HandedDocumentDto)
  documents!: HandedDocumentDto[];

  @ApiPropertyOptional({
    enum: RESULT_DELIVERIES,
    // No `default` here: the generated contract would make the field required in the request body.
    description:
      "where the citizen collects the result: at the one-stop desk (when left out), or by public post to the applicant's address",
  })
  @IsOptional()
  @IsIn(RESULT_DELIVERIES)
  resultDelivery?: ResultDelivery;

  @ApiPropertyOptional({ description: 'trích yếu: what the dossier asks for' })
  @IsOptional()
  @NormalizeNfc()
  @IsString()
  @Length(1, 1000)
  summary?: string;

  @ApiPropertyOptional({ enum: RECEPTION_DECISIONS, default: 'accept' })
  @IsOptional()
  @IsIn(RECEPTION_DECISIONS)
  decision?: ReceptionDecision;

  @ApiPropertyOptional({ description: 'required when the decision is request_supplement or refuse' })
  @ValidateIf((o: ReceiveDossierDto) => o.decision === 'request_supplement' || o.decision === 'refuse')
  @IsString()
  @Length(3, 2000)
  reason?: string;

  @ApiPropertyOptional({ type: [String], description: 'required when the decision is request_supplement' })
  @ValidateIf((o: ReceiveDossierDto) => o.decision === 'request_supplement')
  @IsArray()
  @ArrayMinSize(1)
  @IsString({ each: true })
  @Length(1, 500, { each: true })
  missingItems?: string[];
}
