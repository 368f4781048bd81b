import { type LabelledEvent, processingContent } from './portal-labels.rules';

const steps: Record<string, string> = { appraise: 'Thẩm định hồ sơ', sign: 'Ký bản sao' };
const stepName = (id: string) => steps[id];
const ev = (e: Partial<LabelledEvent>): LabelledEvent => ({
  action: 'forward',
  comment: null,
  fromStatus: 'in_progress',
  toStatus: 'in_progress',
  toStep: null,
  ...e,
});

describe('processingContent: NoiDungXuLy in Vietnamese', () => {
  it('labels the engine actions in Vietnamese, then the comment', () => {
    expect(
      processingContent(ev({ action: 'receive', fromStatus: null, toStatus: 'accepted' }), stepName),
    ).toBe('Tiếp nhận hồ sơ');
    expect(
      processingContent(ev({ action: 'submit', comment: 'Đủ điều kiện', toStep: 'sign' }), stepName),
    ).toBe('Trình duyệt: Đủ điều kiện');
    expect(processingContent(ev({ action: 'forward', toStep: 'appraise' }), stepName)).toBe('Chuyển xử lý');
    expect(
      processingContent(
        ev({ action: 'supplement_submitted', toStatus: 'submitted', comment: 'Đã bổ sung' }),
        stepName,
      ),
    ).toBe('Công dân nộp hồ sơ bổ sung trực tuyến: Đã bổ sung');
    expect(processingContent(ev({ action: 'supplement_wait_expired' }), stepName)).toBe(
      'Quá hạn bổ sung hồ sơ',
    );
  });

  it('names the step a dossier is sent back to, never "send_back"', () => {
    const text = processingContent(
      ev({ action: 'send_back', comment: 'Sai tên', toStep: 'appraise' }),
      stepName,
    );
    expect(text).toBe('Trả lại bước “Thẩm định hồ sơ” để xử lý lại: Sai tên');
    expect(processingContent(ev({ action: 'send_back', toStep: null }), stepName)).toBe(
      'Trả lại bước trước để xử lý lại',
    );
  });

  it('tells an online submission from a step submission, and a refusal to receive from one to resolve', () => {
    expect(
      processingContent(ev({ action: 'submit', fromStatus: null, toStatus: 'submitted' }), stepName),
    ).toBe('Nộp hồ sơ trực tuyến');
    expect(
      processingContent(ev({ action: 'refuse', fromStatus: 'submitted', toStatus: 'refused' }), stepName),
    ).toBe('Từ chối tiếp nhận hồ sơ');
    expect(
      processingContent(ev({ action: 'refuse', fromStatus: 'in_progress', toStatus: 'refused' }), stepName),
    ).toBe('Từ chối giải quyết hồ sơ');
  });

  it("reads a procedure's own action name as the step it leads to, never the raw name", () => {
    expect(processingContent(ev({ action: 'verify_land', toStep: 'sign' }), stepName)).toBe(
      'Chuyển bước: Ký bản sao',
    );
    expect(processingContent(ev({ action: 'verify_land', toStep: null }), stepName)).toBe(
      'Xử lý hồ sơ theo quy trình nội bộ',
    );
  });
});
