import fc from 'fast-check';
import { parseInstant, toVietnamIso } from './vietnam-time';

describe('toVietnamIso', () => {
  it('writes the instant in Vietnam local time with its offset', () => {
    expect(toVietnamIso(new Date('2026-02-23T00:30:00Z'))).toBe('2026-02-23T07:30:00+07:00');
    expect(toVietnamIso(new Date('2025-12-31T17:00:00Z'))).toBe('2026-01-01T00:00:00+07:00');
  });

  it('keeps milliseconds only when there are some', () => {
    expect(toVietnamIso(new Date('2026-02-23T00:30:00.250Z'))).toBe('2026-02-23T07:30:00.250+07:00');
  });
});

describe('parseInstant', () => {
  it('reads a local time without offset as +07:00', () => {
    expect(parseInstant('2026-02-23T07:30').toISOString()).toBe('2026-02-23T00:30:00.000Z');
    expect(parseInstant('2026-02-23 07:30:15').toISOString()).toBe('2026-02-23T00:30:15.000Z');
  });

  it('honours an explicit offset', () => {
    expect(parseInstant('2026-02-23T07:30:00+07:00').toISOString()).toBe('2026-02-23T00:30:00.000Z');
    expect(parseInstant('2026-02-23T00:30:00Z').toISOString()).toBe('2026-02-23T00:30:00.000Z');
    expect(parseInstant('2026-02-22T19:30:00.5-05:00').toISOString()).toBe('2026-02-23T00:30:00.500Z');
    expect(parseInstant('2026-02-23T09:30+0900').toISOString()).toBe('2026-02-23T00:30:00.000Z');
  });

  it.each([
    '',
    'tomorrow',
    '2026-02-23',
    '23/02/2026 07:30',
    '2026-02-30T08:00',
    '2026-02-23T24:00',
    '2026-02-23T07:60',
  ])('rejects %p', (text) => expect(() => parseInstant(text)).toThrow(RangeError));

  it('reads back what toVietnamIso writes', () => {
    const instants = fc.date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2100-01-01T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(fc.property(instants, (at) => parseInstant(toVietnamIso(at)).getTime() === at.getTime()));
  });
});
