import { SESSION_MAX_SECONDS, TOKEN_TTL_SECONDS, tokenLifetime } from './session.rules';

describe('tokenLifetime', () => {
  const login = 1_800_000_000;

  it('gives an hour to a token issued at login or refreshed early in the session', () => {
    expect(TOKEN_TTL_SECONDS).toBe(3600);
    expect(tokenLifetime(login, login)).toBe(3600);
    expect(tokenLifetime(login, login + 4 * 3600)).toBe(3600);
  });

  it('never lets a refreshed token outlive the session, 12 hours after its login', () => {
    expect(SESSION_MAX_SECONDS).toBe(12 * 3600);
    expect(tokenLifetime(login, login + 11.5 * 3600)).toBe(1800);
    expect(tokenLifetime(login, login + 12 * 3600)).toBe(0);
    expect(tokenLifetime(login, login + 13 * 3600)).toBe(0);
  });
});
