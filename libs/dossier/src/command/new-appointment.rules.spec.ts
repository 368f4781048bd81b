import { newAppointment } from './new-appointment.rules';

const current = new Date('2026-11-25T08:00:00+07:00');
const coverage = { fromYear: 2025, toYear: 2028 };

const refusal = (text: string | undefined): string => {
  try {
    newAppointment(text, current, coverage);
  } catch (error) {
    const { code, status, message } = error as { code: string; status: number; message: string };
    return `${status} ${code} ${message}`;
  }
  throw new Error('accepted');
};

describe('newAppointment (extend)', () => {
  it('reads a later instant inside the calendar', () => {
    expect(newAppointment('2026-12-01T08:00:00+07:00', current, coverage).toISOString()).toBe(
      '2026-12-01T01:00:00.000Z',
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
    expect(newAppointment('2028-12-31T16:00:00+07:00', current, coverage).getUTCFullYear()).toBe(2028);
  });
});
