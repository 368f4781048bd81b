import { dateOfJulianDay, hungKingsDay, julianDay, lunarNewYear } from './lunar';

describe('the Vietnamese lunar calendar (UTC+7)', () => {
  it.each([
    // The years in which Vietnam's Tết differs from China's (UTC+8: 20 Feb 1985, 18 Feb 2007, 3 Feb 2030).
    [1985, '1985-01-21'],
    [2007, '2007-02-17'],
    [2030, '2030-02-02'],
    [2020, '2020-01-25'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [2028, '2028-01-26'],
    [2029, '2029-02-13'],
    [2031, '2031-01-23'],
  ])('puts mùng 1 Tết %i on %s', (year, date) => {
    expect(lunarNewYear(year)).toBe(date);
  });

  it.each([
    [2020, '2020-04-02'], // 2020's leap month is the 4th, after the 3rd
    [2023, '2023-04-29'], // 2023 has a leap 2nd month before the 3rd
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
    [2027, '2027-04-16'],
  ])('puts the Hùng Kings’ day (10/3) of %i on %s', (year, date) => {
    expect(hungKingsDay(year)).toBe(date);
  });

  it('gives the last day of Bính Ngọ (Fri 5 Feb 2027) a 29-day 12th month', () => {
    const tet = julianDay(2027, 2, 6);
    expect(dateOfJulianDay(tet - 1)).toBe('2027-02-05');
    expect(tet - julianDay(2027, 1, 8)).toBe(29); // 1/12 Bính Ngọ is Fri 8 Jan 2027
  });

  it('converts Julian day numbers both ways', () => {
    expect(julianDay(2000, 1, 1)).toBe(2451545);
    expect(dateOfJulianDay(2451545)).toBe('2000-01-01');
    expect(dateOfJulianDay(julianDay(2028, 2, 29))).toBe('2028-02-29');
  });
});
