import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService, TokenExpiredError } from '@nestjs/jwt';
import { type AuthUser, hasRole, type Role } from './access.policy';
import { type AuthenticatedRequest, bearerToken, isTokenPayload } from './auth.token';
import { IdentityErrorCode, IdentityException } from './identity.exception';
import { IS_PUBLIC } from './public.decorator';
import { ROLES_KEY } from './roles.decorator';
import { toAuthUser } from './user.entity';
import { UserRepository } from './user.repository';

const unauthenticated = (message: string) =>
  new IdentityException(IdentityErrorCode.Unauthenticated, message);

/**
 * Every route needs a valid bearer token of an active user unless marked @Public(); @Roles() then asks for
 * one of the given roles. Sets `request.user`.
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
    const user = await this.authenticate(bearerToken(request.headers.authorization));
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? [];
    if (required.length > 0 && !required.some((role) => hasRole(user, role))) {
      throw new IdentityException(
        IdentityErrorCode.ForbiddenRole,
        `requires one of roles: ${required.join(', ')}`,
      );
    }
    request.user = user;
    return true;
  }

  private async authenticate(token: string | null): Promise<AuthUser> {
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
    const user = await this.users.findById(payload.sub);
    if (!user?.active) throw unauthenticated('the user of this token is no longer active');
    return toAuthUser(user);
  }
}
