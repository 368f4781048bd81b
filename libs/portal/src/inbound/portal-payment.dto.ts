import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInstant } from '@motcua/common';
import { MAX_AMOUNT } from '@motcua/dossier';
import { IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

/** The portal's notice that a dossier's fees were paid online (its payment platform's transaction). */
export class PortalPaymentDto {
  @ApiProperty({ description: 'MaHoSo: the dossier code', example: '000.00.12.H62-261123-0004' })
  @IsString()
  @Length(1, 40)
  dossierCode!: string;

  @ApiProperty({ description: "the payment platform's transaction id: the notice's idempotency key" })
  @Matches(/^[A-Za-z0-9_.:-]{4,128}$/, { message: 'transactionId: 4 to 128 letters, digits or . _ : -' })
  transactionId!: string;

  @ApiProperty({ description: 'in đồng, whole', example: 200000 })
  @IsInt()
  @Min(1)
  @Max(MAX_AMOUNT)
  amount!: number;

  @ApiProperty({ description: 'when it was paid, ISO 8601 with offset' })
  @IsInstant()
  paidAt!: string;

  @ApiPropertyOptional({ description: 'the electronic receipt number, if the platform issued one' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9 ./_-]{0,63}$/, {
    message: 'receiptNumber: letters, digits and . / _ - (64 at most)',
  })
  receiptNumber?: string;
}
