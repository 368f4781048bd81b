/** Refresh when this little is left of the token. */
export const REFRESH_BEFORE_MS = 10 * 60_000;

export interface TokenTimes {
  issuedAt: number;
  expiresAt: number;
  lastActivity: number;
  now: number;
}

/**
 * Whether the console should trade its token for a fresh one now: the token ends soon, and the user has done
 * something since it was issued. A user away for the token's whole hour is signed out when it ends.
 */
export const shouldRefresh = ({ issuedAt, expiresAt, lastActivity, now }: TokenTimes): boolean =>
  now < expiresAt && expiresAt - now <= REFRESH_BEFORE_MS && lastActivity > issuedAt;
