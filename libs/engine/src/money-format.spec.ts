import { thousandsSeparated } from './money-format';

describe('thousandsSeparated', () => {
  it('reads a Vietnamese thousands separator as the amount meant', () => {
    expect(thousandsSeparated('200.000')).toBe(200000);
    expect(thousandsSeparated('1.000.000')).toBe(1000000);
    expect(thousandsSeparated('2.500')).toBe(2500);
    expect(thousandsSeparated('200,000')).toBe(200000);
  });

  it('leaves plain amounts and real decimals alone', () => {
    for (const text of [
      '200000',
      '0',
      '8000',
      '2.5',
      '200.00',
      '1.0000',
      '1,000.000',
      "'200.000'",
      'abc',
      '',
    ])
      expect(thousandsSeparated(text)).toBeUndefined();
  });
});
