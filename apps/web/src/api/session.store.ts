import type { SessionUser } from './api.types';

const TOKEN = 'motcua.token';
const USER = 'motcua.user';

export interface Session {
  token: string;
  user: SessionUser;
}

/** The signed-in user for this browser tab only (sessionStorage: closing the tab signs out). */
export function loadSession(): Session | null {
  const token = sessionStorage.getItem(TOKEN);
  const user = sessionStorage.getItem(USER);
  if (!token || !user) return null;
  try {
    return { token, user: JSON.parse(user) as SessionUser };
  } catch {
    return null;
  }
}

export function saveSession(session: Session): void {
  sessionStorage.setItem(TOKEN, session.token);
  sessionStorage.setItem(USER, JSON.stringify(session.user));
}

export function clearSession(): void {
  sessionStorage.removeItem(TOKEN);
  sessionStorage.removeItem(USER);
}

export const hasRole = (user: SessionUser, ...roles: string[]): boolean =>
  user.roles.some((r) => roles.includes(r));
