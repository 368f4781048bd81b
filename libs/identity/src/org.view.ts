import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class OrgUnitView {
  @ApiProperty({ example: 'tu-phap-xa' }) id!: string;
  @ApiProperty({ example: 'Văn phòng HĐND và UBND xã Gia Phú (Tư pháp - Hộ tịch)' }) name!: string;
  @ApiProperty({ enum: ['province', 'commune', 'ministry'] }) level!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) parent!: string | null;
  @ApiProperty({ type: [String], description: 'roles its staff may hold' }) roles!: string[];
}

export class OrgUserView {
  @ApiProperty({ example: 'tuphap.xa2' }) username!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: [String] }) roles!: string[];
}
