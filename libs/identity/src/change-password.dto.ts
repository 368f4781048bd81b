import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { ROLES } from './access.rules';
import { PASSWORD_MAX_LENGTH } from './password.rules';

export class ChangePasswordDto {
  @ApiProperty({ format: 'password', maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @ApiProperty({
    format: 'password',
    description: 'at least 10 characters, not the username, not a common or guessable password',
    maxLength: PASSWORD_MAX_LENGTH,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_MAX_LENGTH + 1)
  newPassword!: string;
}

export class SetPasswordDto {
  @ApiProperty({
    format: 'password',
    description: 'a temporary password the user must change at their next login; same rules as any password',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_MAX_LENGTH + 1)
  password!: string;
}

export class UserAccountView {
  @ApiProperty({ example: 'letan.xa' }) username!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: 'mot-cua-xa' }) unit!: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: string[];
  @ApiProperty({ description: 'may log in: listed in org.yaml and not deactivated by an administrator' })
  active!: boolean;
  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'deactivated by an administrator at',
  })
  disabledAt!: string | null;
  @ApiProperty({ description: 'an account of another system (the portal client): no interactive login' })
  systemAccount!: boolean;
  @ApiProperty({ description: 'has a password at all' }) hasPassword!: boolean;
  @ApiProperty() mustChangePassword!: boolean;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) passwordChangedAt!:
    string | null;
}
