import {
  delayAfterFailures,
  LOGIN_THROTTLE_RULES,
  retryAfterSeconds,
  type ThrottleRule,
  throttleKey,
} from './login-throttle.rules';

const rule = (scope: ThrottleRule['scope']) => LOGIN_THROTTLE_RULES.find((r) => r.scope === scope)!;

describe('delayAfterFailures', () => {
  it('lets the first five failures of one username from one address pass, then doubles the wait', () => {
    const pair = rule('pair');
    expect([1, 2, 3, 4, 5].map((n) => delayAfterFailures(n, pair))).toEqual([0, 0, 0, 0, 0]);
    expect([6, 7, 8, 9, 10].map((n) => delayAfterFailures(n, pair))).toEqual([1, 2, 4, 8, 16]);
  });

  it('caps the wait of a pair at 15 minutes', () => {
    expect(delayAfterFailures(20, rule('pair'))).toBe(900);
    expect(delayAfterFailures(10_000, rule('pair'))).toBe(900);
  });

  it('never keeps an account out for more than a minute, however many addresses fail on it', () => {
    const account = rule('account');
    expect(delayAfterFailures(10, account)).toBe(0);
    expect(delayAfterFailures(11, account)).toBe(1);
    expect(delayAfterFailures(16, account)).toBe(32);
    expect(delayAfterFailures(17, account)).toBe(60);
    expect(delayAfterFailures(1_000_000, account)).toBe(60);
  });

  it('gives an address shared by a whole office thirty failures before any wait', () => {
    expect(delayAfterFailures(30, rule('address'))).toBe(0);
    expect(delayAfterFailures(31, rule('address'))).toBe(1);
  });
});

describe('throttleKey', () => {
  it('keys the pair by username and address, the account by username, the address alone', () => {
    expect(throttleKey('pair', 'letan.xa', '10.0.0.7')).toBe('letan.xa|10.0.0.7');
    expect(throttleKey('account', 'letan.xa', '10.0.0.7')).toBe('letan.xa');
    expect(throttleKey('address', 'letan.xa', '10.0.0.7')).toBe('10.0.0.7');
  });
});

describe('retryAfterSeconds', () => {
  it('announces the longest block, rounded up to a whole second; none without a block', () => {
    expect(retryAfterSeconds([0, 1200, 300])).toBe(2);
    expect(retryAfterSeconds([60_000])).toBe(60);
    expect(retryAfterSeconds([0, 0])).toBe(0);
    expect(retryAfterSeconds([])).toBe(0);
  });
});
