import {
  type ControlSheetEvent,
  consultationLines,
  dossierResult,
  extensionLine,
  handOverTable,
} from './control-sheet-layout.rules';

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
  comment: null,
  version: 2,
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
        event({ action: 'transfer', toStep: 'receive', payload: { reason: 'Thuộc thẩm quyền cấp tỉnh' } }),
      ],
      names,
    );
    expect(table.headers.at(-1)).toBe('Lý do trả lại, chuyển');
    expect(table.rows.map((r) => [r[0], r[6], r[7]])).toEqual([
      ['appraise', 'Đúng hạn', ''],
      ['sign', 'Quá hạn', 'Sai năm đăng ký'],
      ['appraise', 'Đúng hạn', 'Chuyển cơ quan có thẩm quyền: Thuộc thẩm quyền cấp tỉnh'],
    ]);
  });

  it('names the steps before a transfer by the procedure they belonged to', () => {
    const table = handOverTable(
      [
        event({ version: 2, action: 'forward', fromStep: 'receive', toStep: 'appraise' }),
        event({
          version: 3,
          action: 'transfer',
          fromStep: 'appraise',
          toStep: 'receive',
          payload: {
            reason: 'Thuộc thẩm quyền cấp tỉnh',
            from: { stepNames: { receive: 'Tiếp nhận (xã)', appraise: 'Thẩm định (xã)' } },
          },
        }),
        event({ version: 4, action: 'forward', fromStep: 'receive', toStep: 'appraise' }),
      ],
      { ...names, step: (id) => `${id} (tỉnh)` },
    );
    expect(table.rows.map((r) => [r[0], r[2]])).toEqual([
      ['Tiếp nhận (xã)', 'Thẩm định (xã)'],
      ['Thẩm định (xã)', 'receive (tỉnh)'],
      ['receive (tỉnh)', 'appraise (tỉnh)'],
    ]);
  });

  it('lists each consultation with its deadline and its answer, graded, or still unanswered', () => {
    const ask = (id: string, question: string) =>
      event({
        action: 'consult',
        timeliness: null,
        occurredAt: at('2026-12-07T09:00:00'),
        comment: question,
        payload: { consultationId: id, unit: 'cong-an-xa', dueAt: '2026-12-08T09:00:00+07:00' },
      });
    const lines = consultationLines(
      [
        ask('a', 'Nơi cư trú?'),
        ask('b', 'Tiền án?'),
        event({
          action: 'consult_answer',
          timeliness: null,
          actorUnit: 'cong-an-xa',
          occurredAt: at('2026-12-08T10:00:00'),
          comment: 'Đúng địa chỉ',
          payload: { consultationId: 'a', answered: 'late' },
        }),
      ],
      (id) => (id === 'cong-an-xa' ? 'Công an xã' : 'Tư pháp'),
    );
    expect(lines).toEqual([
      '07/12/2026 09:00: Tư pháp xin ý kiến Công an xã (hạn 08/12/2026 09:00): Nơi cư trú?; ' +
        'trả lời 08/12/2026 10:00 (Quá hạn): Đúng địa chỉ',
      '07/12/2026 09:00: Tư pháp xin ý kiến Công an xã (hạn 08/12/2026 09:00): Tiền án?; chưa trả lời',
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
