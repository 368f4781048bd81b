import { overAllotted, shareText, workingTimeText } from './improvement.rules';

describe('improvement figures on screen', () => {
  it('writes working time in minutes, hours or working days', () => {
    expect(workingTimeText(45)).toBe('45 phút');
    expect(workingTimeText(390)).toBe('6,5 giờ');
    expect(workingTimeText(2160)).toBe('4,5 ngày');
    expect(workingTimeText(null)).toBe('—');
  });

  it('writes shares as percentages', () => {
    expect(shareText(0.4123)).toBe('41,2 %');
    expect(shareText(1)).toBe('100 %');
    expect(shareText(null)).toBe('—');
  });

  it('marks a step whose median exceeds its ISO time', () => {
    expect(overAllotted({ allottedMinutes: 180, medianMinutes: 210, handOvers: 3 })).toBe(true);
    expect(overAllotted({ allottedMinutes: 180, medianMinutes: 180, handOvers: 3 })).toBe(false);
    expect(overAllotted({ allottedMinutes: null, medianMinutes: 900, handOvers: 3 })).toBe(false);
  });
});
