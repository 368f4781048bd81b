import { DEFAULT_DEADLINE_SWEEP_MS, sweepInterval } from './deadline-sweep.service';

describe('sweepInterval', () => {
  it('defaults to a minute, and takes a whole number of milliseconds from the environment', () => {
    expect(sweepInterval(undefined)).toBe(DEFAULT_DEADLINE_SWEEP_MS);
    expect(sweepInterval('')).toBe(60_000);
    expect(sweepInterval('5000')).toBe(5000);
    expect(sweepInterval(250)).toBe(250);
  });

  it('refuses a period that is not a whole number of at least 100 ms, naming the variable', () => {
    for (const bad of ['soon', '99', '1.5', -1]) {
      expect(() => sweepInterval(bad)).toThrow(/^DEADLINE_SWEEP_MS: /);
    }
  });
});
