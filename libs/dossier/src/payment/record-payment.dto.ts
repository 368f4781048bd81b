import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { DESK_METHODS, type PaymentMethod } from './payment.rules';

export const MAX_AMOUNT = 2_000_000_000;

/** A payment received at the desk: the amount, how, and the number of the receipt (biên lai) handed over. */
export class RecordPaymentDto {
  @ApiProperty({ description: 'in đồng, whole', example: 200000 })
  @IsInt({ message: 'số tiền phải là số nguyên đồng' })
  @Min(1, { message: 'số tiền phải lớn hơn 0' })
  @Max(MAX_AMOUNT, { message: 'số tiền vượt mức tối đa 2.000.000.000 đồng' })
  amount!: number;

  @ApiProperty({ enum: DESK_METHODS, example: 'cash' })
  @IsIn(DESK_METHODS, {
    message: 'hình thức nộp: cash (tiền mặt), bank_transfer (chuyển khoản) hoặc card (thẻ)',
  })
  method!: PaymentMethod;

  @ApiProperty({ description: "the receipt's number (unique in the agency)", example: 'BL-2026-000123' })
  @IsString({ message: 'nhập số biên lai' })
  @Matches(/^[\p{L}\p{N}][\p{L}\p{N} ./_-]{0,63}$/u, {
    message: 'số biên lai gồm chữ, số và . / _ - (tối đa 64 ký tự)',
  })
  receiptNumber!: string;

  @ApiPropertyOptional({ description: 'why more than the listed fees is collected (e.g. a per-page fee)' })
  @IsOptional()
  @IsString()
  @Length(1, 1000, { message: 'ghi chú từ 1 đến 1000 ký tự' })
  note?: string;
}
