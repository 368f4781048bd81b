import type { SessionUser } from './api.types';

const TOKEN = 'motcua.token';
const USER = 'motcua.user';
const TIMES = 'motcua.token-times';
const MUST_CHANGE = 'motcua.must-change-password';

export interface Session {
  token: string;
  user: SessionUser;
  /** The password was set by an administrator: only the password change is open until it is changed. */
  mustChangePassword?: boolean;
  /** Epoch milliseconds: when the token was issued and when it ends. */
  issuedAt?: number;
  expiresAt?: number;
}

/** What POST /auth/login, /auth/refresh and /auth/password answer. */
export interface TokenResponse {
  accessToken: string;
  expiresIn: number;
  mustChangePassword: boolean;
  user: SessionUser;
}

export const sessionOf = (res: TokenResponse, now = Date.now()): Session => ({
  token: res.accessToken,
  user: res.user,
  mustChangePassword: res.mustChangePassword,
  issuedAt: now,
  expiresAt: now + res.expiresIn * 1000,
});

/** The signed-in user for this browser tab only (sessionStorage: closing the tab signs out). */
export function loadSession(): Session | null {
  const token = sessionStorage.getItem(TOKEN);
  const user = sessionStorage.getItem(USER);
  if (!token || !user) return null;
  try {
    const times = JSON.parse(sessionStorage.getItem(TIMES) ?? '{}') as {
      issuedAt?: number;
      expiresAt?: number;
    };
    return {
      token,
      user: JSON.parse(user) as SessionUser,
      mustChangePassword: sessionStorage.getItem(MUST_CHANGE) === 'true',
      ...times,
    };
  } catch {
    return null;
  }
}

export function saveSession(session: Session): void {
  sessionStorage.setItem(TOKEN, session.token);
  sessionStorage.setItem(USER, JSON.stringify(session.user));
  sessionStorage.setItem(MUST_CHANGE, String(session.mustChangePassword ?? false));
  sessionStorage.setItem(TIMES, JSON.stringify({ issuedAt: session.issuedAt, expiresAt: session.expiresAt }));
}

export function clearSession(): void {
  [TOKEN, USER, TIMES, MUST_CHANGE].forEach((key) => sessionStorage.removeItem(key));
}

export const hasRole = (user: SessionUser, ...roles: string[]): boolean =>
  user.roles.some((r) => roles.includes(r));
