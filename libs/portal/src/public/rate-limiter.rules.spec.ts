import { fixedWindow } from './rate-limiter.rules';

describe('fixedWindow', () => {
  const rate = { limit: 3, windowMs: 60_000 };
  const at = Date.parse('2026-11-23T01:00:15Z');

  it('allows up to the limit inside one window and says when the window ends', () => {
    expect(fixedWindow(rate, at, 3)).toMatchObject({ allowed: true, remaining: 0, retryAfterMs: 45_000 });
    expect(fixedWindow(rate, at, 4)).toMatchObject({ allowed: false, remaining: 0, retryAfterMs: 45_000 });
    expect(fixedWindow(rate, at, 1).remaining).toBe(2);
  });

  it('starts a new window on the minute', () => {
    expect(fixedWindow(rate, at + 45_000).index).toBe(fixedWindow(rate, at).index + 1);
    expect(fixedWindow(rate, at + 44_999).index).toBe(fixedWindow(rate, at).index);
  });
});
