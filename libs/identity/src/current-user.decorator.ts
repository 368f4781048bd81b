import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthUser } from './access.rules';
import type { AuthenticatedRequest } from './auth-token.rules';

/** The authenticated user; on a @Public() route there is none, and asking for it is a programming error. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
  if (!user) throw new Error('@CurrentUser() used on a route without an authenticated user');
  return user;
});
