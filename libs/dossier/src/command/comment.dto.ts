import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class CommentDto {
  @ApiProperty({ minLength: 1, maxLength: 4000, example: 'Đã liên hệ công dân, chờ bản gốc đối chiếu' })
  @IsString()
  @Length(1, 4000)
  text!: string;
}
