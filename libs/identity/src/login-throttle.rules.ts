export type ThrottleScope = 'pair' | 'account' | 'address';

/**
 * After `free` failed logins counted in the window, each further failure blocks the next attempt for a delay
 * that doubles from `firstDelaySeconds` up to `maxDelaySeconds`. A failure counts for `windowSeconds` from the
 * first failure of the window; a successful login clears the account's and the pair's counts.
 */
export interface ThrottleRule {
  scope: ThrottleScope;
  free: number;
  firstDelaySeconds: number;
  maxDelaySeconds: number;
  windowSeconds: number;
}

/**
 * - pair (one username from one address): a guesser at one account, quickly slowed down to 15 minutes a try;
 *   a real user at another address is not affected.
 * - account (one username, every address): a guesser spread over many addresses; capped at one minute, so that
 *   nobody can keep a real user out for longer than a minute at a time.
 * - address (every username from one address): a guesser trying many accounts; generous, as a whole office
 *   may share one address behind its router.
 */
export const LOGIN_THROTTLE_RULES: readonly ThrottleRule[] = [
  { scope: 'pair', free: 5, firstDelaySeconds: 1, maxDelaySeconds: 15 * 60, windowSeconds: 60 * 60 },
  { scope: 'account', free: 10, firstDelaySeconds: 1, maxDelaySeconds: 60, windowSeconds: 60 * 60 },
  { scope: 'address', free: 30, firstDelaySeconds: 1, maxDelaySeconds: 15 * 60, windowSeconds: 60 * 60 },
];

/** The block (seconds) that follows the `failures`-th failure of the window under `rule`; 0: none. */
export function delayAfterFailures(failures: number, rule: ThrottleRule): number {
  const beyond = failures - rule.free;
  if (beyond <= 0) return 0;
  return Math.min(rule.maxDelaySeconds, rule.firstDelaySeconds * 2 ** Math.min(beyond - 1, 30));
}

/** The key of `scope` for a login attempt. Usernames are lower-case already; an address has no `|`. */
export function throttleKey(scope: ThrottleScope, username: string, address: string): string {
  if (scope === 'pair') return `${username}|${address}`;
  return scope === 'account' ? username : address;
}

/** Whole seconds to announce in Retry-After for blocks ending in `remainingMs` (the longest wins); 0: none. */
export function retryAfterSeconds(remainingMs: readonly number[]): number {
  const longest = Math.max(0, ...remainingMs);
  return longest > 0 ? Math.ceil(longest / 1000) : 0;
}
