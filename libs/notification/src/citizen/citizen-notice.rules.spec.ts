import type { CitizenNoticeChange } from '@motcua/dossier';
import { citizenNoticeOf, noticeChannels, smsNumber } from './citizen-notice.rules';

const due = new Date('2026-11-25T01:00:00.000Z');
const change = (
  event: Partial<CitizenNoticeChange['event']>,
  dueAt: Date | null = due,
): CitizenNoticeChange => ({
  dossier: { id: 'd', applicant: { fullName: 'A', idNumber: '1', phone: '0912345678', address: 'x' }, dueAt },
  event: { action: 'x', fromStatus: null, toStatus: 'accepted', payload: {}, occurredAt: due, ...event },
  version: 1,
});

describe('citizenNoticeOf', () => {
  it('tells the citizen a dossier was accepted, at the desk or once complete, with its appointment', () => {
    const accepted = { kind: 'accepted', facts: { appointmentAt: due.toISOString() } };
    expect(citizenNoticeOf(change({ action: 'receive' }))).toEqual(accepted);
    expect(citizenNoticeOf(change({ action: 'accept', fromStatus: 'submitted' }))).toEqual(accepted);
    expect(
      citizenNoticeOf(change({ action: 'supplement_received', fromStatus: 'awaiting_documents' })),
    ).toEqual(accepted);
    // Started by the intake: nothing new for the citizen.
    expect(
      citizenNoticeOf(change({ action: 'intake', fromStatus: 'accepted', toStatus: 'in_progress' })),
    ).toBeNull();
  });

  it('tells what to bring for a supplement, before or after acceptance', () => {
    const payload = { reason: ' Thiếu bản vẽ ', missingItems: ['Bản vẽ mặt bằng'] };
    const facts = { reason: 'Thiếu bản vẽ', items: ['Bản vẽ mặt bằng'] };
    expect(
      citizenNoticeOf(change({ fromStatus: 'in_progress', toStatus: 'awaiting_supplement', payload })),
    ).toEqual({ kind: 'supplement_requested', facts });
    expect(citizenNoticeOf(change({ fromStatus: null, toStatus: 'awaiting_documents', payload }))).toEqual({
      kind: 'supplement_requested',
      facts,
    });
  });

  it('tells of an extension with both appointments, a ready result, and a refusal at reception or after', () => {
    const payload = { reason: 'Cần xác minh', previousDueAt: due, newDueAt: '2026-11-27T10:00:00.000Z' };
    expect(
      citizenNoticeOf(
        change({ action: 'extend', fromStatus: 'in_progress', toStatus: 'in_progress', payload }),
      ),
    ).toEqual({
      kind: 'extended',
      facts: {
        previousAppointmentAt: due.toISOString(),
        appointmentAt: '2026-11-27T10:00:00.000Z',
        reason: 'Cần xác minh',
      },
    });
    expect(citizenNoticeOf(change({ fromStatus: 'in_progress', toStatus: 'result_ready' }))).toEqual({
      kind: 'result_ready',
      facts: {},
    });
    expect(
      citizenNoticeOf(
        change({ fromStatus: 'submitted', toStatus: 'refused', payload: { reason: 'Sai thẩm quyền' } }),
      ),
    ).toEqual({ kind: 'refused', facts: { reason: 'Sai thẩm quyền', atReception: true } });
    expect(
      citizenNoticeOf(change({ fromStatus: 'in_progress', toStatus: 'refused' }))!.facts.atReception,
    ).toBe(false);
    expect(citizenNoticeOf(change({ fromStatus: 'in_progress', toStatus: 'in_progress' }))).toBeNull();
    expect(citizenNoticeOf(change({ fromStatus: 'result_ready', toStatus: 'done' }))).toBeNull();
  });

  it("takes a plan's event without payload or earlier status (a new dossier's)", () => {
    const bare = change({});
    const event = {
      ...bare.event,
      payload: undefined,
      fromStatus: undefined,
    } as unknown as typeof bare.event;
    expect(citizenNoticeOf({ ...bare, event: { ...event, toStatus: 'refused' } })).toEqual({
      kind: 'refused',
      facts: { reason: null, atReception: true },
    });
  });
});

describe('smsNumber and noticeChannels', () => {
  it('writes a Vietnamese mobile number as 84 and the subscriber number', () => {
    expect(smsNumber('0912 345 678')).toBe('84912345678');
    expect(smsNumber('+84 912.345.678')).toBe('84912345678');
    expect(smsNumber('84912345678')).toBe('84912345678');
    expect(smsNumber('12345')).toBeNull();
    expect(smsNumber(undefined)).toBeNull();
  });

  it('uses the channels that are on and for which the applicant gave an address', () => {
    const both = { sms: true, email: true };
    expect(noticeChannels({ phone: '0912345678', email: 'a@example.vn' }, both)).toEqual(['sms', 'email']);
    expect(noticeChannels({ phone: '0912345678' }, both)).toEqual(['sms']);
    expect(noticeChannels({ phone: 'none', email: 'not-an-address' }, both)).toEqual([]);
    expect(
      noticeChannels({ phone: '0912345678', email: 'a@example.vn' }, { sms: false, email: true }),
    ).toEqual(['email']);
  });
});
