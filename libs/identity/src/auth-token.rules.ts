import type { Request } from 'express';
import type { AuthUser } from './access.rules';

/** What an access token carries besides the user id (`sub`); everything else is read from the database. */
export interface TokenClaims {
  sub: string;
  username: string;
  /** The user's token version when it was issued: a logout or password change bumps it and revokes the token. */
  tv: number;
  /** When the session logged in (seconds since the epoch): refreshing never extends a session past its limit. */
  auth: number;
}

/** A verified token: its claims and the registered `iat` and `exp`, which are required. */
export interface TokenPayload extends TokenClaims {
  iat: number;
  exp: number;
}

/** The session behind a request: the user, and the login instant of its token. */
export interface RequestSession {
  authTime: number;
}

export type AuthenticatedRequest = Request & { user?: AuthUser; session?: RequestSession };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);

/** A token without `exp`, a version or a login instant is refused, however well signed. */
export const isTokenPayload = (value: unknown): value is TokenPayload => {
  if (typeof value !== 'object' || value === null) return false;
  const { sub, tv, auth, iat, exp } = value as Partial<TokenPayload>;
  return typeof sub === 'string' && UUID.test(sub) && [tv, auth, iat, exp].every(isCount);
};

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer +(\S+) *$/i.exec(header ?? '');
  return match ? match[1] : null;
}
