import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService, TokenExpiredError } from '@nestjs/jwt';
import { type AuthUser, hasRole, type Role } from './access.rules';
import { type AuthenticatedRequest, bearerToken, isTokenPayload, type RequestSession } from './auth-token.rules';
import { IdentityErrorCode, IdentityException } from './identity.exception';
import { ALLOWED_BEFORE_PASSWORD_CHANGE, IS_PUBLIC } from './public.decorator';
import { ROLES_KEY } from './roles.decorator';
import { toAuthUser } from './user.entity';
import { UserRepository } from './user.repository';

const unauthenticated = (message: string) =>
  new IdentityException(IdentityErrorCode.Unauthenticated, message);

/**
 * Every route needs a valid bearer token of an active user unless marked @Public(): signed, not expired, with
 * the user's current token version. A user whose password was set by someone else reaches only the routes
 * marked @AllowedBeforePasswordChange() until they change it. @Roles() then asks for one of the given roles.
 * Sets `request.user` and `request.session`.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly users: UserRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const { user, session, mustChangePassword } = await this.authenticate(
      bearerToken(request.headers.authorization),
    );
    if (
      mustChangePassword &&
      !this.reflector.getAllAndOverride<boolean | undefined>(ALLOWED_BEFORE_PASSWORD_CHANGE, targets)
    ) {
      throw new IdentityException(
        IdentityErrorCode.PasswordChangeRequired,
        'Mật khẩu của bạn do quản trị viên đặt: hãy đổi mật khẩu trước khi tiếp tục.',
      );
    }
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? [];
    if (required.length > 0 && !required.some((role) => hasRole(user, role))) {
      throw new IdentityException(
        IdentityErrorCode.ForbiddenRole,
        `requires one of roles: ${required.join(', ')}`,
      );
    }
    request.user = user;
    request.session = session;
    return true;
  }

  private async authenticate(
    token: string | null,
  ): Promise<{ user: AuthUser; session: RequestSession; mustChangePassword: boolean }> {
    if (!token) throw unauthenticated('an Authorization: Bearer token is required');
    let payload: unknown;
    try {
      payload = await this.jwt.verifyAsync<object>(token);
    } catch (error) {
      throw unauthenticated(
        error instanceof TokenExpiredError ? 'the token has expired' : 'the token is not valid',
      );
    }
    if (!isTokenPayload(payload)) throw unauthenticated('the token is not valid');
    const user = await this.users.findTokenHolder(payload.sub);
    if (!user?.active || user.systemAccount)
      throw unauthenticated('the user of this token is no longer active');
    if (user.tokenVersion !== payload.tv)
      throw unauthenticated('the token has been revoked (logout or password change)');
    return {
      user: toAuthUser(user),
      session: { authTime: payload.auth },
      mustChangePassword: user.mustChangePassword,
    };
  }
}
