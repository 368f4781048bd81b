import { useEffect } from 'preact/hooks';
import { call, client } from './api.client';
import { type Session, sessionOf } from './session.store';
import { shouldRefresh } from './session.rules';

const ACTIVITY = ['pointerdown', 'keydown', 'input', 'scroll'] as const;

/**
 * While the user works, trades the token for a fresh one before it ends (checked every minute); a user away
 * for the token's whole hour is not kept signed in, and their next action asks them to sign in again.
 */
export function useSessionRefresh(session: Session | null, onRefreshed: (s: Session) => void): void {
  useEffect(() => {
    if (!session?.expiresAt || !session.issuedAt) return;
    let lastActivity = 0;
    const seen = () => {
      lastActivity = Date.now();
    };
    ACTIVITY.forEach((name) => window.addEventListener(name, seen, { passive: true, capture: true }));
    const timer = window.setInterval(() => {
      const times = {
        issuedAt: session.issuedAt ?? 0,
        expiresAt: session.expiresAt ?? 0,
        lastActivity,
        now: Date.now(),
      };
      if (!shouldRefresh(times)) return;
      call(client.POST('/api/v1/auth/refresh')).then(
        (res) => onRefreshed(sessionOf(res)),
        () => undefined,
      );
    }, 60_000);
    return () => {
      window.clearInterval(timer);
      ACTIVITY.forEach((name) => window.removeEventListener(name, seen, { capture: true }));
    };
  }, [session?.token]);
}
