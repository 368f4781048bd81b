import type { ControlSheetRow } from '../api/api.types';
import { ownComment, timelineDetails, timelineEvents } from './timeline.rules';

const row = (action: string, payload: Record<string, unknown> = {}, comment: string | null = null) =>
  ({ action, payload, comment }) as ControlSheetRow;

describe('timeline', () => {
  it('hides the comments and the internal start of the procedure, keeping the receipt', () => {
    const rows = [row('receive'), row('intake'), row('comment'), row('forward')];
    expect(timelineEvents(rows).map((r) => r.action)).toEqual(['receive', 'forward']);
  });

  it('states the reason and missing items of a supplement asked at the desk', () => {
    expect(
      timelineDetails(
        row('request_documents', { reason: 'Thiếu tờ khai', missingItems: ['Tờ khai', ' Bản sao CCCD '] }),
      ),
    ).toEqual([
      { label: 'Lý do hướng dẫn bổ sung', text: 'Thiếu tờ khai' },
      { label: 'Giấy tờ cần bổ sung', text: 'Tờ khai; Bản sao CCCD' },
    ]);
  });

  it('names a send-back’s reason as such', () => {
    expect(timelineDetails(row('tra_lai', { sendBack: true, reason: 'Sai số liệu' }))).toEqual([
      { label: 'Lý do trả lại', text: 'Sai số liệu' },
    ]);
  });

  it('gives the new appointment with the old one, in Vietnam time', () => {
    expect(
      timelineDetails(
        row('supplement_received', {
          previousDueAt: '2026-12-08T09:00:00+07:00',
          newDueAt: '2026-12-10T16:30:00+07:00',
        }),
      ),
    ).toEqual([{ label: 'Hẹn trả mới', text: '10/12/2026 16:30 (hẹn cũ 08/12/2026 09:00)' }]);
    expect(timelineDetails(row('forward'))).toEqual([]);
  });

  it('shows a comment only when it says more than the reason', () => {
    expect(ownComment(row('request_documents', { reason: 'Thiếu tờ khai' }, 'Thiếu tờ khai'))).toBeNull();
    expect(ownComment(row('forward', {}, 'Đề nghị ký'))).toBe('Đề nghị ký');
  });
});
