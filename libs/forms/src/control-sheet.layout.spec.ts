import { type ControlSheetEvent, dossierResult, extensionLine, handOverTable } from './control-sheet.layout';

const at = (local: string): Date => new Date(`${local}+07:00`);
const event = (over: Partial<ControlSheetEvent>): ControlSheetEvent => ({
  action: 'submit',
  fromStep: 'appraise',
  toStep: 'sign',
  actorName: 'Đặng Thị Hương',
  actorUsername: 'tuphap.xa1',
  actorUnit: 'tu-phap-xa',
  occurredAt: at('2026-11-23T14:00:00'),
  stepStartedAt: at('2026-11-23T09:00:00'),
  stepDueAt: at('2026-11-23T14:30:00'),
  timeliness: 'on_time',
  payload: {},
  ...over,
});
const names = { step: (id: string | null) => id ?? 'Trả kết quả', unit: (id: string | null) => id ?? '—' };

describe('the control sheet (form 06)', () => {
  it('shows the reason of a send-back in its own column, and nothing for other hand-overs', () => {
    const table = handOverTable(
      [
        event({}),
        event({
          action: 'send_back',
          fromStep: 'sign',
          toStep: 'appraise',
          timeliness: 'late',
          payload: { sendBack: true, reason: 'Sai năm đăng ký' },
        }),
        event({ action: 'extend', timeliness: null }),
      ],
      names,
    );
    expect(table.headers.at(-1)).toBe('Lý do trả lại');
    expect(table.rows.map((r) => [r[0], r[6], r[7]])).toEqual([
      ['appraise', 'Đúng hạn', ''],
      ['sign', 'Quá hạn', 'Sai năm đăng ký'],
    ]);
  });

  it('shows the extension with the old and new appointment, and marks a late apology', () => {
    const extend = (apology: string) =>
      event({
        action: 'extend',
        timeliness: null,
        occurredAt: at('2026-11-30T09:00:00'),
        payload: {
          reason: 'Chờ xác minh',
          previousDueAt: '2026-11-27T17:00:00+07:00',
          newDueAt: '2026-12-04T17:00:00+07:00',
          apology,
        },
      });
    expect(extensionLine([extend('timely')])).toBe(
      '30/11/2026 09:00: hẹn cũ 27/11/2026 17:00, hẹn mới 04/12/2026 17:00; lý do: Chờ xác minh',
    );
    expect(extensionLine([extend('late')])).toMatch(/xin lỗi muộn: phát hành chưa đủ 01 ngày làm việc/);
    expect(extensionLine([extend('after_deadline')])).toMatch(/vẫn tính là quá hạn theo hẹn cũ/);
    expect(extensionLine([event({})])).toBeNull();
  });

  it('grades the dossier against the appointment it is judged by', () => {
    const due = at('2026-11-27T17:00:00');
    const now = at('2026-12-01T09:00:00');
    expect(dossierResult({ status: 'done', dueAt: due, finishedAt: at('2026-12-01T08:00:00') }, now)).toBe(
      'Quá hạn',
    );
    expect(dossierResult({ status: 'done', dueAt: due, finishedAt: at('2026-11-27T10:00:00') }, now)).toBe(
      'Đúng hạn',
    );
    expect(dossierResult({ status: 'in_progress', dueAt: due, finishedAt: null }, now)).toBe('Quá hạn');
    expect(
      dossierResult({ status: 'in_progress', dueAt: due, finishedAt: null }, at('2026-11-26T09:00:00')),
    ).toBe('Trong hạn');
    expect(dossierResult({ status: 'stopped', dueAt: due, finishedAt: now }, now)).toBeNull();
  });
});
