import type { CalendarYear, DayOff } from './calendar-year';
import { dateOfDayNumber, dayNumberOf, isWeekend } from './local-date';

const LABOR_CODE = 'Bộ luật Lao động 2019, điều 112';

/**
 * The fixed solar holidays of the Labor Code for a year the government has not scheduled yet.
 * Tết and the Hùng Kings' day follow the lunar calendar and each year's official notice, so they are absent.
 */
export function fallbackYear(year: number): CalendarYear {
  const holidays: [string, string][] = [
    ['01-01', 'Tết Dương lịch'],
    ['04-30', 'Ngày Chiến thắng'],
    ['05-01', 'Ngày Quốc tế Lao động'],
    ['09-01', 'Quốc khánh (ngày liền kề)'],
    ['09-02', 'Quốc khánh'],
  ];
  if (year >= 2026) holidays.push(['11-24', 'Ngày Văn hóa Việt Nam']);

  const off = new Set<number>();
  const daysOff: DayOff[] = holidays.map(([monthDay, name]) => {
    const date = `${year}-${monthDay}`;
    off.add(dayNumberOf(date) as number);
    return { from: date, to: date, name, kind: 'holiday' };
  });
  // Art. 112(3): a holiday on a weekly rest day is taken on the next working day.
  for (const holiday of [...daysOff]) {
    const day = dayNumberOf(holiday.from) as number;
    if (!isWeekend(day)) continue;
    let next = day + 1;
    while (isWeekend(next) || off.has(next)) next++;
    off.add(next);
    const date = dateOfDayNumber(next);
    daysOff.push({ from: date, to: date, name: `Nghỉ bù ${holiday.name}`, kind: 'compensatory' });
  }
  daysOff.sort((a, b) => a.from.localeCompare(b.from));
  return { year, source: `${LABOR_CODE} (no official schedule)`, daysOff, workingDays: [] };
}

export const fallbackWarning = (year: number): string =>
  `calendar ${year}: no official schedule; using the fixed holidays of the ${LABOR_CODE} ` +
  `(1/1, 30/4, 1/5, 1–2/9${year >= 2026 ? ', 24/11' : ''}, with compensatory days). ` +
  `Tết and the Hùng Kings' day follow the lunar calendar and are NOT counted as days off ` +
  `until the government's schedule is added as workflows/calendars/${year}.yaml`;
