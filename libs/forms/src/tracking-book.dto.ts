import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, IsString, Length } from 'class-validator';

export class TrackingBookQueryDto {
  @ApiProperty({ description: 'unit id from the organization file (receiving unit or a unit on the route)' })
  @IsString()
  @Length(1, 64)
  unit!: string;

  @ApiProperty({ description: 'start of the period, inclusive (ISO 8601)' })
  @IsISO8601({ strict: true })
  from!: string;

  @ApiProperty({ description: 'end of the period, exclusive (ISO 8601); at most 366 days after `from`' })
  @IsISO8601({ strict: true })
  to!: string;
}
