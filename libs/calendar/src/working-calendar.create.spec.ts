import type { CalendarYear } from './calendar-year';
import { parseInstant, toVietnamIso } from './vietnam-time';
import { WorkingCalendar } from './working-calendar';

const local = (d: Date) => toVietnamIso(d).slice(0, 16);
const oneDay = { amount: 1, unit: 'working_day' } as const;

describe('WorkingCalendar without a government schedule', () => {
  const { calendar, warnings } = WorkingCalendar.create({ years: [], fromYear: 2028, toYear: 2030 });

  it('warns once per year, naming it', () => {
    expect(warnings).toHaveLength(3);
    expect(warnings[2]).toMatch(/^calendar 2030: no official schedule/);
    expect(warnings[2]).toContain('workflows/calendars/2030.yaml');
  });

  it('keeps the fixed holidays of the Labor Code, with compensatory days for those on a weekend', () => {
    expect(calendar.isWorkingDay('2030-01-01')).toBe(false);
    expect(calendar.nonWorkingDays(2030)).toEqual([
      { date: '2030-01-01', weekday: 'Thứ Ba', reason: 'Tết Dương lịch', kind: 'fallback' },
      { date: '2030-04-30', weekday: 'Thứ Ba', reason: 'Ngày Chiến thắng', kind: 'fallback' },
      { date: '2030-05-01', weekday: 'Thứ Tư', reason: 'Ngày Quốc tế Lao động', kind: 'fallback' },
      { date: '2030-09-02', weekday: 'Thứ Hai', reason: 'Quốc khánh', kind: 'fallback' },
      {
        date: '2030-09-03',
        weekday: 'Thứ Ba',
        reason: 'Nghỉ bù Quốc khánh (ngày liền kề)',
        kind: 'fallback',
      },
      { date: '2030-11-25', weekday: 'Thứ Hai', reason: 'Nghỉ bù Ngày Văn hóa Việt Nam', kind: 'fallback' },
    ]);
    expect(calendar.nonWorkingDays(2028).map((d) => d.date)).toEqual([
      '2028-01-03',
      '2028-05-01',
      '2028-05-02',
      '2028-09-01',
      '2028-09-04',
      '2028-11-24',
    ]);
  });

  it('does not guess the lunar holidays', () => {
    expect(calendar.isWorkingDay('2030-02-04')).toBe(true);
  });

  it('has no Vietnamese Culture Day before 2026', () => {
    const { calendar: early } = WorkingCalendar.create({ years: [], fromYear: 2025, toYear: 2025 });
    expect(early.isWorkingDay('2025-11-24')).toBe(true);
  });
});

describe('WorkingCalendar.create', () => {
  const year2026 = (workingHours?: CalendarYear['workingHours']): CalendarYear => ({
    year: 2026,
    daysOff: [],
    workingDays: [],
    ...(workingHours ? { workingHours } : {}),
  });

  it("uses a year's own working hours, and a center's hours over every year's", () => {
    const late = [
      { from: '08:00', to: '12:00' },
      { from: '13:30', to: '17:30' },
    ];
    const own = WorkingCalendar.create({ years: [year2026(late)], fromYear: 2026, toYear: 2026 }).calendar;
    expect(local(own.deadline(parseInstant('2026-03-02T07:00'), oneDay).dueAt)).toBe('2026-03-02T17:30');

    const center = WorkingCalendar.create({
      years: [year2026()],
      workingHours: [
        { from: '07:00', to: '11:00' },
        { from: '13:30', to: '17:30' },
      ],
      fromYear: 2026,
      toYear: 2026,
    }).calendar;
    expect(local(center.clockStart(parseInstant('2026-03-02T06:00')))).toBe('2026-03-02T07:00');
    expect(local(center.closeOfDay(parseInstant('2026-03-02T06:00')))).toBe('2026-03-02T17:30');
  });

  it('warns when the hours do not make an 8-hour working day', () => {
    const { warnings } = WorkingCalendar.create({
      years: [year2026()],
      workingHours: [
        { from: '08:00', to: '11:30' },
        { from: '13:30', to: '17:30' },
      ],
      fromYear: 2026,
      toYear: 2026,
    });
    expect(warnings).toEqual([
      'calendar 2026: working hours add up to 450 minutes a day; a working day counts 480',
    ]);
  });

  it('refuses bad input', () => {
    const create = (options: Parameters<typeof WorkingCalendar.create>[0]) => () =>
      WorkingCalendar.create(options);
    expect(create({ years: [year2026(), year2026()] })).toThrow(/two schedules for 2026/);
    expect(
      create({
        years: [
          {
            year: 2026,
            daysOff: [{ from: '2025-01-01', to: '2025-01-01', name: 'x', kind: 'holiday' }],
            workingDays: [],
          },
        ],
      }),
    ).toThrow(/2025-01-01 is not in 2026/);
    expect(create({ years: [], workingHours: [{ from: '13:00', to: '12:00' }] })).toThrow(
      /ends \(12:00\) before it starts/,
    );
    expect(create({ years: [], workingHours: [] })).toThrow(/at least one shift/);
    expect(create({ years: [], fromYear: 2030, toYear: 2029 })).toThrow(/bad coverage/);
  });
});
