import { percent, rate, spanIn, workingTime } from './review-pack-words.rules';

describe('review pack words', () => {
  it('writes hours below a working day and working days from one', () => {
    expect(workingTime(180)).toBe('3 giờ');
    expect(workingTime(390)).toBe('6,5 giờ');
    expect(workingTime(480)).toBe('1 ngày làm việc');
    expect(workingTime(2160)).toBe('4,5 ngày làm việc');
  });

  it('writes a span in the unit of the limit it is held against', () => {
    expect(spanIn(9600, 'day')).toBe('20 ngày');
    expect(spanIn(11040, 'month')).toBe('1 tháng');
    expect(spanIn(2880, 'working_day')).toBe('6 ngày làm việc');
  });

  it('writes shares and rates as percentages with a decimal comma', () => {
    expect(percent(0.4123)).toBe('41,2 %');
    expect(rate(87.5)).toBe('87,5 %');
    expect(rate(66.666)).toBe('66,67 %');
    expect(rate(null)).toBe('–');
  });
});
