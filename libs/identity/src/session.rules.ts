/** An access token lasts an hour; the console trades it for a fresh one while its user is at work. */
export const TOKEN_TTL_SECONDS = 60 * 60;
/** However often it is refreshed, a session ends this long after its login: a working day and some. */
export const SESSION_MAX_SECONDS = 12 * 60 * 60;

/**
 * How long a token issued at `nowSeconds` for a session that logged in at `authTime` may live (seconds), or 0 when
 * the session is over and only a new login will do. Both in seconds since the epoch.
 */
export function tokenLifetime(authTime: number, nowSeconds: number): number {
  const left = authTime + SESSION_MAX_SECONDS - nowSeconds;
  return Math.max(0, Math.min(TOKEN_TTL_SECONDS, left));
}
