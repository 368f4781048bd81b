import { workingMinutes } from './time-limit';

describe('workingMinutes', () => {
  it('counts a working day as 8 working hours', () => {
    expect(workingMinutes(1, 'working_day')).toBe(480);
    expect(workingMinutes(4.5, 'working_day')).toBe(2160);
    expect(workingMinutes(0.5, 'working_day')).toBe(240);
    expect(workingMinutes(2, 'working_hour')).toBe(120);
    expect(workingMinutes(0.1, 'working_hour')).toBe(6);
    expect(workingMinutes(0, 'working_day')).toBe(0);
  });

  it('refuses fractions of a minute and negative or non-finite amounts', () => {
    expect(() => workingMinutes(0.01, 'working_hour')).toThrow(/not a whole number of minutes/);
    expect(() => workingMinutes(-1, 'working_day')).toThrow(RangeError);
    expect(() => workingMinutes(Number.NaN, 'working_hour')).toThrow(RangeError);
    expect(() => workingMinutes(Number.POSITIVE_INFINITY, 'working_hour')).toThrow(RangeError);
  });
});
