import { ApiProperty } from '@nestjs/swagger';

/** A document the applicant handed in: its name and how many originals and copies. */
export class HandedDocumentView {
  @ApiProperty() name!: string;
  @ApiProperty() originals!: number;
  @ApiProperty() copies!: number;
}
