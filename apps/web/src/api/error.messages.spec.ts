import { ERROR_TEXT, errorText, isRetryable } from './error.messages';

describe('errorText', () => {
  it('words an error by its code, never with the api’s English', () => {
    expect(
      errorText({
        status: 409,
        code: 'FORM_NOT_APPLICABLE',
        message: 'form 02 does not apply to X: no supplement',
      }),
    ).toBe('Biểu mẫu này không áp dụng cho hồ sơ ở tình trạng hiện tại.');
    expect(errorText({ status: 404, code: 'DOSSIER_NOT_FOUND', message: 'no dossier KHONG-CO' })).toMatch(
      /^Không tìm thấy hồ sơ/,
    );
  });

  it('names the missing documents from the details', () => {
    expect(
      errorText({
        status: 422,
        code: 'MISSING_DOCUMENTS',
        details: { missing: ['Tờ khai', 'Bản sao CCCD'] },
      }),
    ).toBe('Còn thiếu giấy tờ bắt buộc: Tờ khai; Bản sao CCCD. Hãy yêu cầu bổ sung hoặc từ chối tiếp nhận.');
  });

  it('keeps a server text already written in Vietnamese with its particulars, and only then', () => {
    const due = 'Hồ sơ X chưa nộp đủ phí, lệ phí: còn 20.000 đồng; ghi nhận khoản thu trước khi trả kết quả';
    expect(errorText({ status: 422, code: 'FEES_UNPAID', message: due })).toBe(due);
    expect(errorText({ status: 422, code: 'FEES_UNPAID', message: 'fees unpaid (phí)' })).toBe(
      ERROR_TEXT.FEES_UNPAID,
    );
    expect(errorText({ status: 422, code: 'REASON_REQUIRED', message: 'reason: lý do trả lại hồ sơ' })).toBe(
      'Hãy nhập lý do.',
    );
  });

  it('keeps the Vietnamese messages of a refused field, and words the English ones in general', () => {
    const fields = [
      { field: 'amount', messages: ['số tiền phải lớn hơn 0'] },
      { field: 'applicant.phone', messages: ['phone must be a string'] },
    ];
    expect(errorText({ status: 400, code: 'VALIDATION_FAILED', details: { fields } })).toBe(
      'Thông tin nhập chưa hợp lệ: số tiền phải lớn hơn 0.',
    );
    expect(errorText({ status: 400, code: 'VALIDATION_FAILED', details: { fields: fields.slice(1) } })).toBe(
      'Thông tin nhập chưa hợp lệ. Kiểm tra lại các ô đã nhập.',
    );
  });

  it('falls back on the HTTP status for a code it does not know', () => {
    expect(errorText({ status: 403, code: 'SOMETHING_NEW', message: 'nope' })).toBe(ERROR_TEXT.FORBIDDEN);
    expect(errorText({ status: 502, code: 'HTTP_502' })).toBe(ERROR_TEXT.INTERNAL);
    expect(errorText({ status: 422, code: 'SOMETHING_NEW' })).toBe(ERROR_TEXT.BAD_REQUEST);
  });
});

describe('isRetryable', () => {
  it('offers to try again after a network or server failure, not after a refusal or a missing dossier', () => {
    expect([0, 429, 500, 503].map(isRetryable)).toEqual([true, true, true, true]);
    expect([400, 403, 404, 409, 422].map(isRetryable)).toEqual([false, false, false, false, false]);
  });
});
