import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthUser } from './access.rules';
import { SetPasswordDto, UserAccountView } from './change-password.dto';
import { AccountService } from './account.service';
import { CurrentUser } from './current-user.decorator';
import { Roles } from './roles.decorator';

/** Accounts, for administrators: who may log in, and their passwords. */
@ApiTags('users')
@ApiBearerAuth()
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly accounts: AccountService) {}

  @Get()
  @ApiOkResponse({ type: [UserAccountView] })
  list(): Promise<UserAccountView[]> {
    return this.accounts.list();
  }

  @Post(':username/password')
  @HttpCode(HttpStatus.OK)
  @ApiParam({ name: 'username', example: 'letan.xa' })
  @ApiOkResponse({ type: UserAccountView, description: 'set; the user must change it at the next login' })
  @ApiNotFoundResponse({ description: 'USER_NOT_FOUND' })
  @ApiConflictResponse({ description: 'SYSTEM_ACCOUNT: a system account has no password' })
  setPassword(
    @CurrentUser() admin: AuthUser,
    @Param('username') username: string,
    @Body() body: SetPasswordDto,
  ): Promise<UserAccountView> {
    return this.accounts.setPassword(admin.username, username, body.password, true);
  }

  @Post(':username/deactivate')
  @HttpCode(HttpStatus.OK)
  @ApiParam({ name: 'username', example: 'letan.xa' })
  @ApiOkResponse({ type: UserAccountView, description: 'cannot log in; tokens revoked; survives restarts' })
  @ApiConflictResponse({ description: 'CANNOT_DEACTIVATE_SELF' })
  deactivate(@CurrentUser() admin: AuthUser, @Param('username') username: string): Promise<UserAccountView> {
    return this.accounts.deactivate(admin.username, username);
  }

  @Post(':username/activate')
  @HttpCode(HttpStatus.OK)
  @ApiParam({ name: 'username', example: 'letan.xa' })
  @ApiOkResponse({ type: UserAccountView, description: 'active again if org.yaml lists the user' })
  activate(@CurrentUser() admin: AuthUser, @Param('username') username: string): Promise<UserAccountView> {
    return this.accounts.activate(admin.username, username);
  }
}
