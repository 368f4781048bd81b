import type { Request } from 'express';
import type { AuthUser } from './access.policy';

/** What an access token carries: the user id as `sub`; everything else is read from the database. */
export interface TokenPayload {
  sub: string;
  username: string;
}

export type AuthenticatedRequest = Request & { user?: AuthUser };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isTokenPayload = (value: unknown): value is TokenPayload =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Partial<TokenPayload>).sub === 'string' &&
  UUID.test((value as TokenPayload).sub);

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer +(\S+) *$/i.exec(header ?? '');
  return match ? match[1] : null;
}
