import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { type Role, ROLES } from './access.rules';

export class LoginDto {
  @ApiProperty({ example: 'letan.xa', maxLength: 64 })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase() : value,
  )
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  username!: string;

  @ApiProperty({ example: 'motcua', format: 'password', maxLength: 256 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(256)
  password!: string;
}

export class SessionUserDto {
  @ApiProperty({ example: 'letan.xa' })
  username!: string;

  @ApiProperty({ example: 'Lò Thị Mai' })
  fullName!: string;

  @ApiProperty({ description: 'chức danh', example: 'Công chức Văn phòng - Thống kê' })
  title!: string;

  @ApiProperty({ description: 'unit id in org.yaml', example: 'mot-cua-xa' })
  unit!: string;

  @ApiProperty({ example: 'Trung tâm Phục vụ hành chính công xã Gia Phú' })
  unitName!: string;

  @ApiProperty({ enum: ROLES, isArray: true, example: ['reception'] })
  roles!: Role[];
}

export class LoginResponseDto {
  @ApiProperty({ description: 'JWT, sent back as `Authorization: Bearer <accessToken>`' })
  accessToken!: string;

  @ApiProperty({ enum: ['Bearer'] })
  tokenType!: 'Bearer';

  @ApiProperty({ description: 'seconds until the token expires; refresh it before', example: 3600 })
  expiresIn!: number;

  @ApiProperty({
    description:
      'the password was set by an administrator: only POST /auth/password answers until it is changed',
  })
  mustChangePassword!: boolean;

  @ApiProperty({ type: SessionUserDto })
  user!: SessionUserDto;
}
