import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, Length, Matches, Min } from 'class-validator';

export class TransferDto {
  @ApiProperty({ example: '1.115668', description: "the competent agency's procedure the dossier goes to" })
  @IsString()
  @Matches(/^\d\.\d{6}$/, { message: 'procedureCode: a national procedure code such as 1.115668' })
  procedureCode!: string;

  @ApiProperty({
    minLength: 1,
    maxLength: 2000,
    example: 'Hồ sơ thuộc thẩm quyền Văn phòng Đăng ký đất đai tỉnh',
  })
  @IsString()
  @Length(1, 2000)
  reason!: string;

  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}
