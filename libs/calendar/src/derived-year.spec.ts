import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCalendarYear } from './calendar-year-parser';
import { derivedYear } from './derived-year';
import { dateOfDayNumber, dayNumberOf } from './local-date';
import type { CalendarYear } from './calendar-year';

/** Every day off of a schedule, one date each, with its kind. */
const days = (data: CalendarYear): string[] =>
  data.daysOff.flatMap((off) => {
    const out: string[] = [];
    for (let d = dayNumberOf(off.from)!; d <= dayNumberOf(off.to)!; d++)
      out.push(`${dateOfDayNumber(d)} ${off.kind}`);
    return out;
  });

describe('derivedYear: a year without the government’s notice, by the Labor Code 2019 art. 112', () => {
  it('is provisional', () => {
    expect(derivedYear(2030).status).toBe('provisional');
    expect(derivedYear(2030).workingDays).toEqual([]);
  });

  it('gives the same days off as the shipped provisional 2027 file (DOMAIN.md "2027")', () => {
    const file = join(__dirname, '../../../workflows/calendars/2027.yaml');
    const shipped = parseCalendarYear(readFileSync(file, 'utf8'), file).year!;
    expect(shipped.status).toBe('provisional');
    expect(days(derivedYear(2027))).toEqual(days(shipped));
    expect(days(shipped)).toEqual([
      '2027-01-01 holiday',
      '2027-02-05 holiday', // the last day of Bính Ngọ (its 12th month has 29 days)
      '2027-02-06 holiday', // mùng 1 Tết Đinh Mùi, a Saturday
      '2027-02-07 holiday',
      '2027-02-08 holiday',
      '2027-02-09 holiday',
      '2027-02-10 compensatory', // for Sat 6 Feb
      '2027-02-11 compensatory', // for Sun 7 Feb
      '2027-04-16 holiday', // Hùng Kings, a Friday
      '2027-04-30 holiday',
      '2027-05-01 holiday', // a Saturday
      '2027-05-03 compensatory',
      '2027-09-02 holiday',
      '2027-09-03 holiday', // the adjacent day that joins the weekend
      '2027-11-24 holiday',
    ]);
  });

  it('counts Tết from Vietnam’s lunar calendar: 2030 starts on Sat 2 Feb (China: 3 Feb)', () => {
    const tet = days(derivedYear(2030)).filter((d) => d.startsWith('2030-02'));
    expect(tet).toEqual([
      '2030-02-01 holiday',
      '2030-02-02 holiday',
      '2030-02-03 holiday',
      '2030-02-04 holiday',
      '2030-02-05 holiday',
      '2030-02-06 compensatory',
      '2030-02-07 compensatory',
    ]);
  });

  it('compensates a holiday on a weekend on the next day that is neither weekend nor holiday', () => {
    const off = days(derivedYear(2028));
    // 30 Apr 2028 is a Sunday and 1 May a holiday: the compensatory day is Tuesday 2 May.
    expect(off).toEqual(
      expect.arrayContaining(['2028-04-30 holiday', '2028-05-01 holiday', '2028-05-02 compensatory']),
    );
    // Mùng 4 Tết is Sat 29 Jan 2028: compensated on Mon 31 Jan.
    expect(off).toContain('2028-01-31 compensatory');
    // 2 Sep 2028 is a Saturday: the adjacent day is Fri 1 Sep and the compensatory day Mon 4 Sep.
    expect(off).toEqual(expect.arrayContaining(['2028-09-01 holiday', '2028-09-04 compensatory']));
  });

  it('has Vietnamese Culture Day only from 2026', () => {
    expect(days(derivedYear(2025))).not.toContain('2025-11-24 holiday');
    expect(days(derivedYear(2030))).toEqual(
      expect.arrayContaining(['2030-11-24 holiday', '2030-11-25 compensatory']),
    );
  });

  it('puts the Hùng Kings’ day of 1985 and 2007 by the lunar calendar', () => {
    expect(days(derivedYear(2007))).toContain('2007-04-26 holiday');
    expect(days(derivedYear(1985))).toContain('1985-01-20 holiday'); // the last day before Tết 21 Jan 1985
  });
});
