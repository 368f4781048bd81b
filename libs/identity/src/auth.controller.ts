import { Body, Controller, Get, HttpCode, HttpStatus, Post, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from './access.rules';
import { ChangePasswordDto } from './change-password.dto';
import { LoginDto, LoginResponseDto, SessionUserDto } from './login.dto';
import { AuthService } from './auth.service';
import type { AuthenticatedRequest } from './auth-token.rules';
import { CurrentUser } from './current-user.decorator';
import { AllowedBeforePasswordChange, Public } from './public.decorator';
import { clientAddress, withRetryAfter } from './retry-after.rules';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiUnauthorizedResponse({ description: 'INVALID_CREDENTIALS: wrong username or password' })
  @ApiResponse({ status: 429, description: 'LOGIN_THROTTLED: too many failures; wait Retry-After seconds' })
  @ApiResponse({ status: 503, description: 'SERVICE_UNAVAILABLE: failures cannot be counted (Redis down)' })
  login(
    @Body() body: LoginDto,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginResponseDto> {
    return withRetryAfter(response, () =>
      this.auth.login(body.username, body.password, clientAddress(request)),
    );
  }

  @Get('me')
  @AllowedBeforePasswordChange()
  @ApiBearerAuth()
  @ApiOkResponse({ type: SessionUserDto })
  @ApiUnauthorizedResponse({ description: 'UNAUTHENTICATED: missing, invalid, expired or revoked token' })
  me(@CurrentUser() user: AuthUser): SessionUserDto {
    return this.auth.describe(user);
  }

  @Post('refresh')
  @AllowedBeforePasswordChange()
  @HttpCode(HttpStatus.OK)
  @ApiBearerAuth()
  @ApiOkResponse({
    type: LoginResponseDto,
    description: 'a new token for the same session (12 hours at most)',
  })
  refresh(@CurrentUser() user: AuthUser, @Req() request: AuthenticatedRequest): Promise<LoginResponseDto> {
    return this.auth.refresh(user, request.session ?? { authTime: 0 });
  }

  @Post('logout')
  @AllowedBeforePasswordChange()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiBearerAuth()
  @ApiNoContentResponse({ description: 'revokes every token of the user, this one included' })
  logout(@CurrentUser() user: AuthUser, @Req() request: AuthenticatedRequest): Promise<void> {
    return this.auth.logout(user, clientAddress(request));
  }

  @Post('password')
  @AllowedBeforePasswordChange()
  @HttpCode(HttpStatus.OK)
  @ApiBearerAuth()
  @ApiOkResponse({
    type: LoginResponseDto,
    description: 'the password is changed; earlier tokens are revoked',
  })
  @ApiResponse({ status: 400, description: 'WRONG_CURRENT_PASSWORD, WEAK_PASSWORD, PASSWORD_UNCHANGED' })
  changePassword(
    @CurrentUser() user: AuthUser,
    @Body() body: ChangePasswordDto,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginResponseDto> {
    return withRetryAfter(response, () =>
      this.auth.changePassword(user, body.currentPassword, body.newPassword, clientAddress(request)),
    );
  }
}
