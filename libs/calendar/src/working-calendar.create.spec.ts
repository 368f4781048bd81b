import type { CalendarYear } from './calendar-year';
import { parseInstant, toVietnamIso } from './vietnam-time';
import { WorkingCalendar } from './working-calendar';

const local = (d: Date) => toVietnamIso(d).slice(0, 16);
const oneDay = { amount: 1, unit: 'working_day' } as const;

describe('WorkingCalendar without a government schedule', () => {
  const { calendar, warnings } = WorkingCalendar.create({ years: [], fromYear: 2028, toYear: 2030 });

  it('warns once per year, naming it and saying it is provisional', () => {
    expect(warnings).toHaveLength(3);
    expect(warnings[2]).toMatch(/^calendar 2030: no schedule file; derived/);
    expect(warnings[2]).toContain('Tết 2030-02-02');
    expect(warnings[2]).toContain('PROVISIONAL');
    expect(warnings[2]).toContain('workflows/calendars/2030.yaml');
  });

  it('counts Tết and the Hùng Kings’ day of a year without a file', () => {
    expect(calendar.isWorkingDay('2030-02-04')).toBe(false);
    expect(calendar.isWorkingDay('2030-02-08')).toBe(true);
    expect(calendar.isWorkingDay('2030-04-12')).toBe(false);
    // Received Thu 31 Jan 2030 at 14:00, 1 working day: 3 h on Thursday, Tết 1–7 Feb, 5 h on Friday 8 Feb.
    expect(local(calendar.deadline(parseInstant('2030-01-31T14:00'), oneDay).dueAt)).toBe('2030-02-08T14:00');
  });

  it('marks such a year provisional, and says which years a span reaches', () => {
    expect(calendar.schedule(2030)).toMatchObject({ year: 2030, status: 'provisional', origin: 'derived' });
    expect(
      calendar.provisionalYears(parseInstant('2029-12-30T08:00'), parseInstant('2030-01-02T08:00')),
    ).toEqual([2029, 2030]);
  });

  it('has no Vietnamese Culture Day before 2026', () => {
    const { calendar: early } = WorkingCalendar.create({ years: [], fromYear: 2025, toYear: 2025 });
    expect(early.isWorkingDay('2025-11-24')).toBe(true);
  });
});

describe('WorkingCalendar schedules', () => {
  const year = (data: Partial<CalendarYear>): CalendarYear => ({
    year: 2027,
    daysOff: [],
    workingDays: [],
    ...data,
  });

  it('tells an official year from a provisional one, and a provisional span from an official one', () => {
    const { calendar, warnings } = WorkingCalendar.create({
      years: [year({ year: 2026 }), year({ status: 'provisional', source: 'Labor Code' })],
      fromYear: 2026,
      toYear: 2027,
    });
    expect(calendar.schedule(2026)).toMatchObject({ status: 'official', origin: 'file' });
    expect(calendar.schedule(2027)).toMatchObject({
      status: 'provisional',
      origin: 'file',
      source: 'Labor Code',
    });
    expect(warnings).toEqual([expect.stringMatching(/^calendar 2027: PROVISIONAL/)]);
    const at = parseInstant;
    expect(calendar.provisionalYears(at('2026-03-02T08:00'), at('2026-03-09T08:00'))).toEqual([]);
    expect(calendar.provisionalYears(at('2026-12-30T08:00'), at('2027-01-05T08:00'))).toEqual([2027]);
  });

  it('fingerprints what decides working time, not the names', () => {
    const off = { from: '2027-02-05', to: '2027-02-05', name: 'a', kind: 'holiday' as const };
    const print = (data: CalendarYear) =>
      WorkingCalendar.create({ years: [data], fromYear: 2027, toYear: 2027 }).calendar.schedule(2027)
        .fingerprint;
    expect(print(year({ daysOff: [off] }))).toBe(print(year({ daysOff: [{ ...off, name: 'b' }] })));
    expect(print(year({ daysOff: [off] }))).not.toBe(print(year({ daysOff: [] })));
    expect(print(year({ workingDays: [{ date: '2027-01-09', name: 'x' }] }))).not.toBe(print(year({})));
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
