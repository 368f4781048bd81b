import { readFileSync } from 'node:fs';
import { type CalendarYear, parseCalendarYear, toVietnamIso, WorkingCalendar } from '@motcua/calendar';
import {
  apologyTiming,
  appointmentChoices,
  isWorkingInstant,
  newAppointment,
  planExtension,
} from './new-appointment.rules';

const year = (y: number): CalendarYear =>
  parseCalendarYear(readFileSync(`workflows/calendars/${y}.yaml`, 'utf8'), `${y}.yaml`).year!;
const { calendar } = WorkingCalendar.create({
  years: [year(2025), year(2026)],
  fromYear: 2025,
  toYear: 2028,
});
const at = (local: string): Date => new Date(`${local}+07:00`);
const current = at('2026-11-25T08:00:00');

const refusal = (text: string | undefined): string => {
  try {
    newAppointment(text, current, calendar);
  } catch (error) {
    const { code, status, message } = error as { code: string; status: number; message: string };
    return `${status} ${code} ${message}`;
  }
  throw new Error('accepted');
};

describe('newAppointment (extend)', () => {
  it('reads a later working instant inside the calendar, the close of business included', () => {
    expect(newAppointment('2026-12-01T08:00:00+07:00', current, calendar).toISOString()).toBe(
      '2026-12-01T01:00:00.000Z',
    );
    expect(newAppointment('2026-12-01T17:00:00+07:00', current, calendar).toISOString()).toBe(
      '2026-12-01T10:00:00.000Z',
    );
  });

  it('refuses a missing or unreadable appointment with a 422, not a crash', () => {
    expect(refusal(undefined)).toMatch(/^422 INVALID_APPOINTMENT newAppointment: required for 'extend'/);
    expect(refusal('2026-W53-7')).toMatch(
      /^422 INVALID_APPOINTMENT newAppointment: '2026-W53-7' is not an instant/,
    );
  });

  it('refuses an appointment not after the current one, or past the years of the calendar', () => {
    expect(refusal('2026-11-25T08:00:00+07:00')).toMatch(
      /must be later than the current appointment 2026-11-25T08:00/,
    );
    expect(refusal('9999-12-31T23:59:59Z')).toMatch(/working calendar's years \(2025–2028\)/);
    expect(newAppointment('2028-12-29T16:00:00+07:00', current, calendar).getUTCFullYear()).toBe(2028);
  });

  it('refuses a weekend, a holiday or an hour outside working time, naming the next valid instant', () => {
    // Sat 28 Nov 2026 → Mon 30 Nov 07:30.
    expect(refusal('2026-11-28T09:00:00+07:00')).toMatch(
      /^422 INVALID_APPOINTMENT .*2026-11-28T09:00:00\+07:00 không phải thời gian làm việc.*2026-11-30T07:30:00\+07:00$/,
    );
    // Wed 2 Sep 2026, National Day → Thu 3 Sep 07:30.
    const holiday = at('2026-08-20T08:00:00');
    expect(() => newAppointment('2026-09-02T08:00:00+07:00', holiday, calendar)).toThrow(
      /gần nhất: 2026-09-03T07:30:00\+07:00/,
    );
    // The lunch break, and one minute after the close.
    expect(refusal('2026-12-01T12:00:00+07:00')).toMatch(/gần nhất: 2026-12-01T13:00:00\+07:00$/);
    expect(refusal('2026-12-01T17:01:00+07:00')).toMatch(/gần nhất: 2026-12-02T07:30:00\+07:00$/);
  });

  it('treats the close of a shift as a working instant, the minute after it not', () => {
    expect(isWorkingInstant(calendar, at('2026-12-01T11:30:00'))).toBe(true);
    expect(isWorkingInstant(calendar, at('2026-12-01T11:31:00'))).toBe(false);
    expect(isWorkingInstant(calendar, at('2026-12-01T07:29:00'))).toBe(false);
  });
});

describe('apologyTiming: the apology is owed one working day before the appointment', () => {
  const due = at('2026-11-27T17:00:00'); // Fri
  it('is timely a full working day ahead, late within it, and after the deadline once it passed', () => {
    expect(apologyTiming(calendar, at('2026-11-26T17:00:00'), due)).toBe('timely');
    expect(apologyTiming(calendar, at('2026-11-27T07:30:00'), due)).toBe('timely');
    expect(apologyTiming(calendar, at('2026-11-27T07:31:00'), due)).toBe('late');
    expect(apologyTiming(calendar, due, due)).toBe('late');
    expect(apologyTiming(calendar, at('2026-11-27T17:00:01'), due)).toBe('after_deadline');
  });

  it('counts working time: Friday afternoon is a working day ahead of Monday afternoon', () => {
    expect(apologyTiming(calendar, at('2026-11-27T15:00:00'), at('2026-11-30T15:00:00'))).toBe('timely');
    expect(apologyTiming(calendar, at('2026-11-27T15:01:00'), at('2026-11-30T15:00:00'))).toBe('late');
  });
});

describe('planExtension', () => {
  const due = at('2026-11-27T17:00:00');
  it('moves the appointment the dossier is judged against when issued before it', () => {
    const plan = planExtension(calendar, '2026-12-04T17:00:00+07:00', due, at('2026-11-26T09:00:00'));
    expect(plan).toEqual({
      appointment: at('2026-12-04T17:00:00'),
      dueAt: at('2026-12-04T17:00:00'),
      apology: 'timely',
    });
    const late = planExtension(calendar, '2026-12-04T17:00:00+07:00', due, at('2026-11-27T10:00:00'));
    expect(late).toMatchObject({ dueAt: at('2026-12-04T17:00:00'), apology: 'late' });
  });

  it('gives a new date after the appointment passed, but keeps the dossier judged against the old one', () => {
    const plan = planExtension(calendar, '2026-12-04T17:00:00+07:00', due, at('2026-11-30T09:00:00'));
    expect(plan).toEqual({ appointment: at('2026-12-04T17:00:00'), dueAt: due, apology: 'after_deadline' });
  });

  it('refuses a new appointment that is already past', () => {
    expect(() =>
      planExtension(calendar, '2026-11-30T08:00:00+07:00', due, at('2026-12-01T09:00:00')),
    ).toThrow(/must be later than now/);
  });
});

describe('appointmentChoices (the console’s picker)', () => {
  it('offers the close of business of the next working days, skipping weekends and holidays', () => {
    const choices = appointmentChoices(calendar, at('2026-11-20T10:00:00'), 4).map(toVietnamIso);
    // Fri 20 Nov, then Mon 23; Tue 24 Nov is a holiday (Vietnamese Culture Day); Wed 25, Thu 26.
    expect(choices).toEqual([
      '2026-11-20T17:00:00+07:00',
      '2026-11-23T17:00:00+07:00',
      '2026-11-25T17:00:00+07:00',
      '2026-11-26T17:00:00+07:00',
    ]);
    for (const choice of appointmentChoices(calendar, at('2026-11-20T10:00:00'), 40)) {
      expect(isWorkingInstant(calendar, choice)).toBe(true);
    }
  });

  it('starts after an appointment at the close, and stops at the end of the calendar', () => {
    expect(appointmentChoices(calendar, at('2026-11-20T17:00:00'), 1).map(toVietnamIso)).toEqual([
      '2026-11-23T17:00:00+07:00',
    ]);
    expect(appointmentChoices(calendar, at('2028-12-27T09:00:00'), 10).length).toBeLessThan(10);
  });
});
