import { shouldRefresh } from './session.rules';

const issuedAt = 1_000_000;
const hour = 3_600_000;
const at = (now: number, lastActivity: number) =>
  shouldRefresh({ issuedAt, expiresAt: issuedAt + hour, lastActivity, now });

describe('shouldRefresh', () => {
  it('refreshes in the last ten minutes of a token when the user worked since it was issued', () => {
    expect(at(issuedAt + 51 * 60_000, issuedAt + 30 * 60_000)).toBe(true);
  });

  it('waits while the token has more than ten minutes left', () => {
    expect(at(issuedAt + 40 * 60_000, issuedAt + 39 * 60_000)).toBe(false);
  });

  it('lets the token end when the user did nothing since it was issued, or when it has ended', () => {
    expect(at(issuedAt + 55 * 60_000, issuedAt - 1)).toBe(false);
    expect(at(issuedAt + hour + 1, issuedAt + 30 * 60_000)).toBe(false);
  });
});
