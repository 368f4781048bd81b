import { readFileSync } from 'node:fs';
import { type CalendarYear, parseCalendarYear, WorkingCalendar } from '@motcua/calendar';
import {
  expiryOutcome,
  expiryReason,
  isSupplementWaitOver,
  supplementWaitEndsAt,
} from './supplement-wait.rules';

const year = (y: number): CalendarYear =>
  parseCalendarYear(readFileSync(`workflows/calendars/${y}.yaml`, 'utf8'), `${y}.yaml`).year!;
const calendar = WorkingCalendar.create({ years: [year(2026)], fromYear: 2026, toYear: 2026 }).calendar;
const at = (local: string): Date => new Date(`${local}+07:00`);

describe('supplement wait limit', () => {
  it('counts calendar days from the day after the request, to the close of the next working day when the last is off', () => {
    // Asked Fri 13 Nov 2026: 30 days run 14 Nov – 13 Dec, a Sunday, so the wait ends Mon 14 Dec at 17:00.
    expect(supplementWaitEndsAt(calendar, { amount: 30, unit: 'day' }, at('2026-11-13T10:00:00'))).toEqual(
      at('2026-12-14T17:00:00'),
    );
  });

  it('counts working days in working time, past the holiday of 24 November', () => {
    // Mon 23 Nov 10:00: 5.5 h that day, Tue 24 is a holiday, 8 h on Wed, 2.5 h on Thu.
    expect(
      supplementWaitEndsAt(calendar, { amount: 2, unit: 'working_day' }, at('2026-11-23T10:00:00')),
    ).toEqual(at('2026-11-26T10:00:00'));
  });

  it('is over strictly after its end', () => {
    const end = at('2026-12-14T17:00:00');
    expect(isSupplementWaitOver(end, end)).toBe(false);
    expect(isSupplementWaitOver(end, new Date(end.getTime() + 1))).toBe(true);
  });

  it('flags only, withdraws, or stops an accepted dossier and refuses one never accepted', () => {
    expect(expiryOutcome('flag', 'awaiting_documents')).toEqual({ kind: 'flag' });
    expect(expiryOutcome('flag', 'awaiting_supplement')).toEqual({ kind: 'flag' });
    expect(expiryOutcome('withdraw', 'awaiting_documents')).toEqual({
      kind: 'end',
      action: 'withdraw',
      status: 'withdrawn',
    });
    expect(expiryOutcome('withdraw', 'awaiting_supplement')).toMatchObject({ status: 'withdrawn' });
    expect(expiryOutcome('stop', 'awaiting_supplement')).toEqual({
      kind: 'end',
      action: 'stop',
      status: 'stopped',
    });
    expect(expiryOutcome('stop', 'awaiting_documents')).toEqual({
      kind: 'end',
      action: 'refuse',
      status: 'refused',
    });
  });

  it('gives the reason with the end of the wait and what was missing', () => {
    expect(expiryReason('2026-12-14T17:00:00+07:00', ['Tờ khai', 'CCCD'])).toBe(
      'Quá thời hạn bổ sung hồ sơ (2026-12-14T17:00:00+07:00) mà công dân chưa bổ sung: Tờ khai; CCCD',
    );
  });
});
