import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
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
import { IsBase64Content, NormalizeNfc } from '@motcua/common';
import { ApplicantDto, HandedDocumentDto } from '@motcua/dossier';

export const PAYMENT_STATUSES = ['unpaid', 'paid', 'not_required'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export class PortalDocumentDto extends HandedDocumentDto {
  @ApiPropertyOptional({ example: 'to-khai.pdf' })
  @ValidateIf((o: PortalDocumentDto) => o.contentBase64 !== undefined || o.fileName !== undefined)
  @IsString()
  @Length(1, 255)
  fileName?: string;

  @ApiPropertyOptional({ example: 'application/pdf' })
  @IsOptional()
  @Matches(/^[\w.+-]+\/[\w.+-]+$/, { message: 'mimeType must look like application/pdf' })
  mimeType?: string;

  @ApiPropertyOptional({ description: 'the file, base64; at most 5 MB once decoded' })
  // Absent, or base64: null is not "no file" (IsOptional would let it through to the decoder).
  @ValidateIf((o: PortalDocumentDto) => o.contentBase64 !== undefined)
  @IsBase64Content()
  contentBase64?: string;
}

export class PaymentDto {
  @ApiProperty({ enum: PAYMENT_STATUSES })
  @IsIn(PAYMENT_STATUSES)
  status!: PaymentStatus;

  @ApiPropertyOptional({ description: 'VND' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1e12)
  amount?: number;
}

export class SubmitPortalDossierDto {
  @ApiProperty({ description: "the portal's own dossier id; a resend with the same id is the same dossier" })
  @Matches(/^[\w.:-]{1,100}$/, { message: 'portalDossierId must be 1 to 100 letters, digits or . _ : -' })
  portalDossierId!: string;

  @ApiProperty({ example: '2.000908' })
  @Matches(/^\d\.\d{6}$/, { message: 'procedureCode must look like d.dddddd (e.g. 2.000908)' })
  procedureCode!: string;

  @ApiProperty({ description: 'the unit of org.yaml receiving the dossier', example: 'mot-cua-xa' })
  @IsString()
  @Length(1, 64)
  receivingUnit!: string;

  @ApiProperty({ type: ApplicantDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ApplicantDto)
  applicant!: ApplicantDto;

  @ApiProperty({ type: [PortalDocumentDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsObject({ each: true, message: 'each of $property must be an object' })
  @ValidateNested({ each: true })
  @Type(() => PortalDocumentDto)
  documents!: PortalDocumentDto[];

  @ApiProperty({ type: PaymentDto })
  @IsObject()
  @ValidateNested()
  @Type(() => PaymentDto)
  payment!: PaymentDto;

  @ApiPropertyOptional({ description: 'trích yếu: what the dossier asks for' })
  @IsOptional()
  @NormalizeNfc()
  @IsString()
  @Length(1, 1000)
  summary?: string;
}
