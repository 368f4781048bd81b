import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

/** The text fields of an upload (multipart/form-data); the files come in `files`. */
export class AttachDocumentsDto {
  @ApiPropertyOptional({
    description:
      "the procedure's document (component) the scans stand for; absent: a working document of the step",
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  component?: string;
}

export class CheckDocumentDto {
  @ApiProperty({
    description: 'true: reception checked the file against the paper; false: withdraws the check',
  })
  @IsBoolean()
  checked!: boolean;
}

export class DownloadQueryDto {
  @ApiPropertyOptional({ description: '1: as an attachment (save) rather than inline (view)' })
  @IsOptional()
  @IsString()
  download?: string;
}
