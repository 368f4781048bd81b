import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The applicant as shown: all of it; fullName, idNumber and address to a unit that only verifies; fullName in a list. */
export class ApplicantView {
  @ApiProperty() fullName!: string;
  @ApiPropertyOptional() idNumber?: string;
  @ApiPropertyOptional() phone?: string;
  @ApiPropertyOptional() email?: string;
  @ApiPropertyOptional() address?: string;
}
