import { citizenNotes, type NoticeEvent } from './public.view';

const at = (local: string) => new Date(`${local}+07:00`);
const names = { agency: 'UBND xã Gia Phú', receivingUnit: 'Trung tâm Phục vụ hành chính công xã Gia Phú' };
const received: NoticeEvent = {
  action: 'receive',
  toStatus: 'accepted',
  payload: { resultDelivery: 'post' },
  occurredAt: at('2026-11-23T08:00:00'),
};
const asked: NoticeEvent = {
  action: 'request_supplement',
  toStatus: 'awaiting_supplement',
  payload: { reason: 'Thiếu bản sao', missingItems: ['Bản sao CCCD'] },
  occurredAt: at('2026-11-23T10:00:00'),
};
const extended: NoticeEvent = {
  action: 'extend',
  toStatus: 'in_progress',
  payload: {
    reason: 'Cần xác minh thêm',
    previousDueAt: '2026-11-25T01:00:00.000Z',
    newDueAt: '2026-11-27T10:00:00.000Z',
  },
  occurredAt: at('2026-11-24T09:00:00'),
};

describe('citizenNotes', () => {
  it('tells what to bring only while the dossier waits for it', () => {
    const waiting = citizenNotes(
      { status: 'awaiting_supplement', resultReadyAt: null },
      [asked, received],
      names,
    );
    expect(waiting.supplement).toEqual({
      reason: 'Thiếu bản sao',
      items: ['Bản sao CCCD'],
      requestedAt: '2026-11-23T10:00:00+07:00',
    });
    expect(
      citizenNotes({ status: 'in_progress', resultReadyAt: null }, [asked, received], names).supplement,
    ).toBe(null);
  });

  it('gives the apology letter of the latest extension, in the agency name, with both appointments', () => {
    const { apology } = citizenNotes(
      { status: 'in_progress', resultReadyAt: null },
      [extended, received],
      names,
    );
    expect(apology).toMatchObject({
      agency: 'UBND xã Gia Phú',
      previousAppointmentAt: '2026-11-25T08:00:00+07:00',
      newAppointmentAt: '2026-11-27T17:00:00+07:00',
      reason: 'Cần xác minh thêm',
    });
    expect(apology!.text).toBe(
      'UBND xã Gia Phú xin lỗi ông/bà vì chưa trả kết quả đúng hẹn (08:00 ngày 25/11/2026). ' +
        'Lý do: Cần xác minh thêm. Ngày hẹn trả kết quả mới: 17:00 ngày 27/11/2026.',
    );
    expect(
      citizenNotes({ status: 'in_progress', resultReadyAt: null }, [received], names).apology,
    ).toBeNull();
  });

  it('says where to collect a ready result, and whether it goes by post', () => {
    const ready = at('2026-11-26T15:00:00');
    expect(
      citizenNotes({ status: 'result_ready', resultReadyAt: ready }, [received], names).collection,
    ).toEqual({
      place: names.receivingUnit,
      byPost: true,
      readySince: '2026-11-26T15:00:00+07:00',
    });
    expect(citizenNotes({ status: 'done', resultReadyAt: ready }, [received], names).collection).toBeNull();
  });
});
