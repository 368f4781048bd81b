import { formatLimit, formatWorkingMinutes, isWholeMinutes, limitMinutes } from './time-limit-units';

describe('time limits compared with step durations', () => {
  it('counts 8 working hours a working day, a day as a working day, a month as 23', () => {
    expect(limitMinutes({ amount: 2, unit: 'working_hour' })).toBe(120);
    expect(limitMinutes({ amount: 1.5, unit: 'working_day' })).toBe(720);
    expect(limitMinutes({ amount: 30, unit: 'day' })).toBe(30 * 480);
    expect(limitMinutes({ amount: 2, unit: 'month' })).toBe(46 * 480);
  });

  it('accepts binary rounding but not fractions of a minute', () => {
    expect(isWholeMinutes(0.1, 'working_hour')).toBe(true);
    expect(isWholeMinutes(0.01, 'working_hour')).toBe(false);
    expect(isWholeMinutes(4.5, 'working_day')).toBe(true);
  });

  it('writes durations as people read them', () => {
    expect(formatWorkingMinutes(0)).toBe('0 working hours');
    expect(formatWorkingMinutes(480 + 60 + 1)).toBe('1 working day 1 working hour 1 minute');
    expect(formatWorkingMinutes(2 * 480 + 150)).toBe('2 working days 2 working hours 30 minutes');
    expect(formatLimit({ amount: 15, unit: 'day' })).toBe('15 days (at most 15 working days)');
    expect(formatLimit({ amount: 1, unit: 'working_day', dueAtClose: true })).toBe('1 working day');
  });
});
