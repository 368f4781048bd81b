import { bearerToken, isTokenPayload } from './auth-token.rules';

const good = {
  sub: '0b6c1f4e-5d7a-4c2e-9f00-1a2b3c4d5e6f',
  username: 'letan.xa',
  tv: 0,
  auth: 1,
  iat: 1,
  exp: 2,
};

describe('isTokenPayload', () => {
  it('accepts a payload with a uuid subject, a token version, a login instant, iat and exp', () => {
    expect(isTokenPayload(good)).toBe(true);
  });

  it.each(['exp', 'iat', 'tv', 'auth'])('refuses a token without %s', (claim) => {
    const { [claim as keyof typeof good]: _dropped, ...rest } = good;
    expect(isTokenPayload(rest)).toBe(false);
  });

  it('refuses a subject that is not a uuid, and a non-integer version', () => {
    expect(isTokenPayload({ ...good, sub: 'letan.xa' })).toBe(false);
    expect(isTokenPayload({ ...good, tv: '0' })).toBe(false);
    expect(isTokenPayload(null)).toBe(false);
  });
});

describe('bearerToken', () => {
  it('reads a Bearer header and nothing else', () => {
    expect(bearerToken('Bearer abc.def')).toBe('abc.def');
    expect(bearerToken('Basic abc')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });
});
