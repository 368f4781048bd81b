import { fromAddress, fromScan, statusText, stepText, vietnameseTime } from './citizen.text';

describe("the citizen page's texts", () => {
  it('reads the code and key the QR code put in the address', () => {
    expect(fromAddress('?code=000.01.52.H38-261123-0001&key=RDC6PYHT')).toEqual({
      code: '000.01.52.H38-261123-0001',
      key: 'RDC6PYHT',
    });
    expect(fromAddress('')).toEqual({ code: '', key: '' });
  });

  it('takes a scanned link with its key, or a bare dossier code, and nothing else', () => {
    expect(
      fromScan('https://motcua.example.gov.vn/tra-cuu?code=000.01.52.H38-261123-0001&key=RDC6PYHT'),
    ).toEqual({
      code: '000.01.52.H38-261123-0001',
      key: 'RDC6PYHT',
    });
    expect(fromScan('000.01.52.H38-261123-0001')).toEqual({ code: '000.01.52.H38-261123-0001', key: '' });
    expect(fromScan('https://example.vn/')).toBeNull();
    expect(fromScan('xin chào')).toBeNull();
  });

  it('says each status in plain words and names steps, not people', () => {
    expect(statusText('awaiting_supplement')).toBe('Hồ sơ đang tạm dừng chờ ông/bà bổ sung giấy tờ.');
    expect(statusText('something_new')).toBe('Đang cập nhật tình trạng hồ sơ.');
    const appraise = { id: 'appraise', name: 'Thẩm định', unit: 'Tư pháp' };
    const sign = { id: 'sign', name: 'Ký duyệt', unit: null };
    expect(stepText({ action: 'submit', status: 'submitted', from: null, to: null })).toBe(
      'Nộp hồ sơ trực tuyến',
    );
    // A procedure's own action of that name is a step done.
    expect(stepText({ action: 'submit', status: 'in_progress', from: appraise, to: sign })).toBe(
      'Hoàn thành: Thẩm định',
    );
    expect(stepText({ action: 'hand_over', status: 'done', from: sign, to: null })).toBe('Trả kết quả');
    expect(stepText({ action: 'extend', status: 'in_progress', from: sign, to: sign })).toBe(
      'Gia hạn, hẹn lại ngày trả kết quả',
    );
    expect(vietnameseTime('2026-11-25T08:00:00+07:00')).toBe('08:00 ngày 25/11/2026');
    expect(vietnameseTime('2026-11-25')).toBe('ngày 25/11/2026');
  });
});
