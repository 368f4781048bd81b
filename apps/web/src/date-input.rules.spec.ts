import { parseVnDate, periodError, toVnDate } from './date-input.rules';

describe('the Vietnamese date input', () => {
  it('reads day first, whatever the browser language', () => {
    expect(parseVnDate('03/02/2026')).toBe('2026-02-03');
    expect(parseVnDate('3/2/2026')).toBe('2026-02-03');
    expect(parseVnDate(' 31.12.2026 ')).toBe('2026-12-31');
    expect(parseVnDate('29-02-2028')).toBe('2028-02-29');
  });

  it('refuses what is not a real calendar day', () => {
    for (const text of [
      '',
      '2026-02-03',
      '31/02/2026',
      '29/02/2026',
      '01/13/2026',
      '00/01/2026',
      '01/01/26',
      'abc',
    ])
      expect(parseVnDate(text)).toBeUndefined();
  });

  it('shows a stored day as dd/mm/yyyy', () => {
    expect(toVnDate('2026-11-23')).toBe('23/11/2026');
    expect(toVnDate('')).toBe('');
    expect(toVnDate(toVnDate(parseVnDate('7/1/2027') ?? ''))).toBe('');
    expect(toVnDate(parseVnDate('7/1/2027') ?? '')).toBe('07/01/2027');
  });
});

describe('periodError', () => {
  it('asks for both days, refuses a period backwards and accepts one day or more', () => {
    expect(periodError('', '2026-10-31')).toMatch(/^Nhập ngày bắt đầu và ngày kết thúc/);
    expect(periodError('2026-11-01', '2026-10-31')).toMatch(/ngày bắt đầu không sau ngày kết thúc/);
    expect(periodError('2026-10-31', '2026-10-31')).toBeUndefined();
    expect(periodError('2026-10-01', '2026-10-31')).toBeUndefined();
  });
});
