import type { CalendarYear, DayOff } from './calendar-year';
import { dateOfDayNumber, dayNumberOf, isWeekend, weekdayOf } from './local-date';
import { hungKingsDay, lunarNewYear } from './lunar';

const LABOR_CODE = 'Bộ luật Lao động 2019, điều 112';

type Holiday = { date: string; name: string };

/**
 * National Day is 2 September "and one adjacent day, before or after" (art. 112(1)(đ)); the Prime Minister
 * picks it. The government's pattern: the day that makes a long weekend — after 2/9 when it is a Sunday,
 * Monday or Thursday (2024: Mon 2 + Tue 3), else before it (2022: Thu 1 + Fri 2; 2025: Mon 1 + Tue 2).
 */
function nationalDayAdjacent(year: number): string {
  const weekday = weekdayOf(dayNumberOf(`${year}-09-02`)!);
  return [0, 1, 4].includes(weekday) ? `${year}-09-03` : `${year}-09-01`;
}

/**
 * Tết is 5 days (art. 112(1)(b)): by the government's yearly pattern, the last day of the old lunar year and
 * the first four days of the new one.
 */
function tetDays(year: number): Holiday[] {
  const first = dayNumberOf(lunarNewYear(year))!;
  return [-1, 0, 1, 2, 3].map((offset) => ({
    date: dateOfDayNumber(first + offset),
    name: offset < 0 ? 'Tết Nguyên đán (ngày cuối năm âm lịch)' : `Tết Nguyên đán (mùng ${offset + 1})`,
  }));
}

/** The public holidays of art. 112(1) in a year, by the lunar calendar and the government's usual pattern. */
export function statutoryHolidays(year: number): Holiday[] {
  const holidays: Holiday[] = [
    { date: `${year}-01-01`, name: 'Tết Dương lịch' },
    ...tetDays(year).filter((d) => d.date.startsWith(`${year}-`)),
    { date: hungKingsDay(year), name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
    { date: `${year}-04-30`, name: 'Ngày Chiến thắng' },
    { date: `${year}-05-01`, name: 'Ngày Quốc tế Lao động' },
    { date: `${year}-09-02`, name: 'Quốc khánh' },
    { date: nationalDayAdjacent(year), name: 'Quốc khánh (ngày liền kề)' },
  ];
  // Tết of the next lunar year may start on 31 December (its last-day-of-the-year holiday).
  holidays.push(...tetDays(year + 1).filter((d) => d.date.startsWith(`${year}-`)));
  if (year >= 2026) holidays.push({ date: `${year}-11-24`, name: 'Ngày Văn hóa Việt Nam' });
  return holidays.sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The schedule of a year the government has not published, derived by the Labor Code: its holidays, and for
 * each one on a Saturday or Sunday a compensatory day off on the next working day (art. 112(3)). Marked
 * provisional; a compensatory day that would fall in the next year is dropped (the next year's own schedule
 * decides it).
 */
export function derivedYear(year: number): CalendarYear {
  const holidays = statutoryHolidays(year);
  const off = new Set(holidays.map((h) => dayNumberOf(h.date)!));
  const daysOff: DayOff[] = holidays.map(({ date, name }) => ({
    from: date,
    to: date,
    name,
    kind: 'holiday',
  }));
  for (const holiday of holidays) {
    const day = dayNumberOf(holiday.date)!;
    if (!isWeekend(day)) continue;
    let next = day + 1;
    while (isWeekend(next) || off.has(next)) next++;
    const date = dateOfDayNumber(next);
    if (!date.startsWith(`${year}-`)) continue;
    off.add(next);
    daysOff.push({ from: date, to: date, name: `Nghỉ bù ${holiday.name}`, kind: 'compensatory' });
  }
  daysOff.sort((a, b) => a.from.localeCompare(b.from));
  return {
    year,
    status: 'provisional',
    source: `${LABOR_CODE}; ngày âm lịch tính theo giờ Việt Nam (UTC+7) — chưa có thông báo chính thức`,
    daysOff,
    workingDays: [],
  };
}

export const derivedWarning = (year: number): string =>
  `calendar ${year}: no schedule file; derived from the ${LABOR_CODE} (Tết ${lunarNewYear(year)}, ` +
  `Hùng Kings ${hungKingsDay(year)}, fixed holidays and compensatory days) and PROVISIONAL until the ` +
  `government's notice is added as workflows/calendars/${year}.yaml`;

export const provisionalWarning = (year: number, source: string | undefined): string =>
  `calendar ${year}: PROVISIONAL (status: provisional in its file${source ? `; ${source}` : ''}); ` +
  'deadlines reaching into it are marked provisional until the official notice is confirmed';
