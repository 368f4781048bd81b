import { addMonths, dateOfDayNumber, dayNumberOf, minutesOfClock, weekdayName } from './local-date';

const plusMonths = (date: string, months: number) => dateOfDayNumber(addMonths(dayNumberOf(date)!, months));

describe('local dates', () => {
  it('rejects dates that do not exist', () => {
    expect(dayNumberOf('2026-02-29')).toBeUndefined();
    expect(dayNumberOf('2028-02-29')).toBeDefined();
    expect(dayNumberOf('2026-13-01')).toBeUndefined();
    expect(dayNumberOf('26-01-01')).toBeUndefined();
  });

  it('names the weekday in Vietnamese', () => {
    expect(weekdayName(dayNumberOf('2026-02-23')!)).toBe('Thứ Hai');
    expect(weekdayName(dayNumberOf('2026-02-22')!)).toBe('Chủ nhật');
  });

  it('adds months the Civil Code way (art. 148)', () => {
    expect(plusMonths('2026-01-30', 1)).toBe('2026-02-28');
    expect(plusMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(plusMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(plusMonths('2025-11-15', 3)).toBe('2026-02-15');
    expect(plusMonths('2026-05-31', 12)).toBe('2027-05-31');
  });

  it('reads HH:MM clock times', () => {
    expect(minutesOfClock('07:30')).toBe(450);
    expect(minutesOfClock('23:59')).toBe(1439);
    expect(minutesOfClock('7:30')).toBeUndefined();
    expect(minutesOfClock('24:00')).toBeUndefined();
  });
});
