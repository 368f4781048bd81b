import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatSourceError } from '@motcua/source';
import { parseCalendarYear } from './calendar-year-parser';

const CALENDARS = join(__dirname, '../../../workflows/calendars');

const errorsOf = (lines: string[], file = 'cal.yaml') =>
  parseCalendarYear(lines.join('\n'), file, 'en').errors.map(formatSourceError);

describe('parseCalendarYear', () => {
  it('speaks Vietnamese unless English is asked for', () => {
    const lines = ['year: 2026', 'daysOff: []', 'workingDays:', '  - { date: 2026-03-02, name: "a Monday" }'];
    expect(parseCalendarYear(lines.join('\n'), 'cal.yaml').errors.map(formatSourceError)).toEqual([
      'cal.yaml:4: workingDays[0].date: ngày 2026-03-02 là ngày trong tuần, vốn đã là ngày làm việc',
    ]);
    expect(errorsOf(lines)).toEqual([
      'cal.yaml:4: workingDays[0].date: 2026-03-02 is a weekday, a working day already',
    ]);
  });

  it.each(['2025.yaml', '2026.yaml'])('reads the shipped %s without error', (name) => {
    const { year, errors } = parseCalendarYear(readFileSync(join(CALENDARS, name), 'utf8'), name);
    expect(errors.map(formatSourceError)).toEqual([]);
    expect(year?.year).toBe(Number(name.slice(0, 4)));
  });

  it('carries the 2026 schedule for civil servants', () => {
    const { year } = parseCalendarYear(readFileSync(join(CALENDARS, '2026.yaml'), 'utf8'), '2026.yaml');
    expect(year!.daysOff.map((d) => [d.from, d.to, d.kind])).toEqual([
      ['2026-01-01', '2026-01-01', 'holiday'],
      ['2026-01-02', '2026-01-02', 'swap'],
      ['2026-02-14', '2026-02-22', 'holiday'],
      ['2026-04-26', '2026-04-26', 'holiday'],
      ['2026-04-27', '2026-04-27', 'compensatory'],
      ['2026-04-30', '2026-04-30', 'holiday'],
      ['2026-05-01', '2026-05-01', 'holiday'],
      ['2026-08-31', '2026-09-02', 'holiday'],
      ['2026-11-24', '2026-11-24', 'holiday'],
    ]);
    expect(year!.workingDays).toEqual([{ date: '2026-01-10', name: 'Làm bù cho thứ Sáu 2/1' }]);
    expect(year!.status).toBeUndefined();
  });

  it('reads a provisional year, and refuses a status it does not know', () => {
    const { year } = parseCalendarYear(readFileSync(join(CALENDARS, '2027.yaml'), 'utf8'), '2027.yaml');
    expect(year!.status).toBe('provisional');
    const { errors } = parseCalendarYear(
      ['year: 2027', 'status: maybe', 'daysOff: []'].join('\n'),
      '2027.yaml',
    );
    expect(errors.map((e) => e.line)).toEqual([2]);
  });

  it('reads a single date as a one-day range and defaults make-up days to none', () => {
    const { year, errors } = parseCalendarYear(
      ['year: 2027', 'daysOff:', '  - { date: 2027-01-01, name: "Tết Dương lịch", kind: holiday }'].join(
        '\n',
      ),
      '2027.yaml',
    );
    expect(errors).toEqual([]);
    expect(year).toEqual({
      year: 2027,
      daysOff: [{ from: '2027-01-01', to: '2027-01-01', name: 'Tết Dương lịch', kind: 'holiday' }],
      workingDays: [],
    });
  });

  it('reports YAML syntax errors with their line', () => {
    expect(errorsOf(['year: 2026', 'daysOff: [', '  { date: 2026-01-01'])[0]).toMatch(
      /^cal\.yaml:\d+: YAML:/,
    );
  });

  it('reports schema errors with file and line', () => {
    expect(
      errorsOf([
        'year: 2026',
        'holidays: []',
        'workingHours:',
        '  - { from: 0730, to: "11:30" }',
        'daysOff:',
        '  - { date: 2026-04-30, name: "Ngày Chiến thắng", kind: festival }',
        '  - { date: 2026-05-01, kind: holiday }',
      ]),
    ).toEqual([
      "cal.yaml:2: file: unknown field 'holidays'",
      'cal.yaml:4: workingHours[0].from: must be string',
      'cal.yaml:6: daysOff[0].kind: must be one of "holiday", "compensatory", "swap"',
      "cal.yaml:7: daysOff[1]: missing required field 'name'",
    ]);
    expect(errorsOf(['daysOff: []'])).toEqual(["cal.yaml:1: file: missing required field 'year'"]);
  });

  it('wants either a date or a from–to range', () => {
    expect(
      errorsOf([
        'year: 2026',
        'daysOff:',
        '  - { date: 2026-01-01, to: 2026-01-02, name: "a", kind: holiday }',
        '  - { from: 2026-04-30, name: "b", kind: holiday }',
      ]),
    ).toEqual([
      'cal.yaml:3: daysOff[0]: give either date, or from and to, not both',
      'cal.yaml:4: daysOff[1]: needs a date, or both from and to',
    ]);
  });

  it('checks that dates exist, belong to the year and ranges run forward', () => {
    expect(
      errorsOf([
        'year: 2026',
        'daysOff:',
        '  - { date: 2026-02-30, name: "a", kind: holiday }',
        '  - { date: 2026-1-1, name: "a", kind: holiday }',
        '  - { date: 2025-12-31, name: "b", kind: holiday }',
        '  - { from: 2026-05-03,',
        '      to: 2026-05-01, name: "c", kind: holiday }',
        'workingDays:',
        '  - { date: 2027-01-02, name: "d" }',
      ]),
    ).toEqual([
      "cal.yaml:3: daysOff[0].date: '2026-02-30' is not a date yyyy-mm-dd",
      "cal.yaml:4: daysOff[1].date: '2026-1-1' is not a date yyyy-mm-dd",
      'cal.yaml:5: daysOff[2].date: 2025-12-31 is not in 2026',
      'cal.yaml:7: daysOff[3]: ends (2026-05-01) before it starts (2026-05-03)',
      'cal.yaml:9: workingDays[0].date: 2027-01-02 is not in 2026',
    ]);
  });

  it('refuses a day both off and working, overlapping days off, and weekday or repeated make-up days', () => {
    expect(
      errorsOf([
        'year: 2026',
        'daysOff:',
        '  - { from: 2026-02-14, to: 2026-02-22, name: "Tết", kind: holiday }',
        '  - { date: 2026-02-20, name: "again", kind: holiday }',
        'workingDays:',
        '  - { date: 2026-02-21, name: "inside Tết" }',
        '  - { date: 2026-03-02, name: "a Monday" }',
        '  - { date: 2026-03-07, name: "a Saturday" }',
        '  - { date: 2026-03-07, name: "the same Saturday" }',
      ]),
    ).toEqual([
      'cal.yaml:4: daysOff[1]: 2026-02-20 is already off by daysOff[0]',
      'cal.yaml:6: workingDays[0].date: 2026-02-21 is both a working day and off by daysOff[0]',
      'cal.yaml:7: workingDays[1].date: 2026-03-02 is a weekday, a working day already',
      'cal.yaml:9: workingDays[3].date: 2026-03-07 is listed twice',
    ]);
  });

  it('wants shifts that are HH:MM times, start before they end, in order, without overlap', () => {
    expect(
      errorsOf([
        'year: 2026',
        'workingHours:',
        '  - { from: "7:30", to: "08:00" }',
        '  - { from: "08:00", to: "12:00" }',
        '  - { from: "11:00", to: "15:00" }',
        '  - { from: "18:00", to: "16:00" }',
        'daysOff: []',
      ]),
    ).toEqual([
      "cal.yaml:3: workingHours[0].from: '7:30' is not a time HH:MM",
      'cal.yaml:5: workingHours[2].from: shift starts (11:00) before the previous one ends',
      'cal.yaml:6: workingHours[3].to: shift ends (16:00) before it starts (18:00)',
    ]);
    expect(errorsOf(['year: 2026', 'workingHours: []', 'daysOff: []'])).toEqual([
      'cal.yaml:2: workingHours: must NOT have fewer than 1 items',
    ]);
  });

  it('wants the year to match a file named after one', () => {
    expect(errorsOf(['year: 2025', 'daysOff: []'], 'workflows/calendars/2026.yaml')).toEqual([
      'workflows/calendars/2026.yaml:1: year: 2025 does not match the file name 2026.yaml',
    ]);
  });
});
