import { isInstant } from './is-instant.decorator';

describe('isInstant', () => {
  it('accepts the ISO 8601 dates and instants a Date can hold', () => {
    for (const text of ['2026-11-23', '2026-11-23T08:00:00+07:00', '2026-11-23T01:00:00.123Z'])
      expect(isInstant(text)).toBe(true);
  });

  it('refuses ISO 8601 forms that a Date cannot read, and dates that do not exist', () => {
    for (const text of ['2026-W48-1', '2026-327', '2026-02-30', '2026-11-23T25:00:00Z', 'yesterday', ''])
      expect(isInstant(text)).toBe(false);
    expect(isInstant(20261123)).toBe(false);
  });
});
