import { IsInstant } from '@motcua/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

const score = (description: string) => ({ minimum: 1, maximum: 5, description });

export class RateDossierDto {
  @ApiProperty(score('overall satisfaction'))
  @IsInt()
  @Min(1)
  @Max(5)
  overall!: number;

  @ApiProperty(score('the result came back by the appointment'))
  @IsInt()
  @Min(1)
  @Max(5)
  onTime!: number;

  @ApiProperty(score("the staff's attitude"))
  @IsInt()
  @Min(1)
  @Max(5)
  staffAttitude!: number;

  @ApiProperty(score('the guidance given on the dossier (hướng dẫn)'))
  @IsInt()
  @Min(1)
  @Max(5)
  guidance!: number;

  @ApiPropertyOptional(score('the premises and equipment of the center; for dossiers handed in at a desk'))
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  facilities?: number;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  comment?: string;
}

export class RatingReceiptView {
  @ApiProperty() code!: string;
  @ApiProperty() ratedAt!: string;
}

export class SatisfactionQueryDto {
  @ApiPropertyOptional({ description: 'ratings given at or after this instant (ISO 8601)' })
  @IsOptional()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ description: 'ratings given before this instant (ISO 8601)' })
  @IsOptional()
  @IsInstant()
  to?: string;
}

export class CriteriaAverages {
  @ApiProperty({ type: Number, nullable: true }) overall!: number | null;
  @ApiProperty({ type: Number, nullable: true }) onTime!: number | null;
  @ApiProperty({ type: Number, nullable: true }) staffAttitude!: number | null;
  @ApiProperty({ type: Number, nullable: true }) guidance!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'over the ratings that gave it' })
  facilities!: number | null;
}

export class SatisfactionReport {
  @ApiProperty({ type: String, nullable: true }) from!: string | null;
  @ApiProperty({ type: String, nullable: true }) to!: string | null;
  @ApiProperty() count!: number;
  @ApiProperty({ type: CriteriaAverages }) averages!: CriteriaAverages;
  @ApiProperty({ type: Number, nullable: true, description: 'share (0–1) of ratings with overall ≤ 2' })
  lowShare!: number | null;
}
