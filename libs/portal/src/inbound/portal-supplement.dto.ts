import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsObject,
  IsOptional,
  IsString,
  Length,
  ValidateNested,
} from 'class-validator';
import { PortalDocumentDto } from './submit-portal-dossier.dto';

/** What the citizen sends back through the portal after reception asked for a supplement (status 5). */
export class PortalSupplementDto {
  @ApiProperty({ type: [PortalDocumentDto], description: 'the documents now handed in, files inline' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsObject({ each: true, message: 'each of $property must be an object' })
  @ValidateNested({ each: true })
  @Type(() => PortalDocumentDto)
  documents!: PortalDocumentDto[];

  @ApiPropertyOptional({ description: "the citizen's note to reception" })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  note?: string;
}
