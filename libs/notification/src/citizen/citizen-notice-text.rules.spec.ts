import { citizenMessage, type CitizenNoticeContext, withoutDiacritics } from './citizen-notice-text.rules';

const context: CitizenNoticeContext = {
  code: '000.01.52.H38-261123-0001',
  lookupKey: 'RDC6PYHT',
  procedureName: 'Cấp bản sao từ sổ gốc',
  receivingUnit: 'Trung tâm Phục vụ hành chính công xã Gia Phú',
  agency: 'UBND xã Gia Phú',
  link: 'https://motcua.example.gov.vn/tra-cuu?code=000.01.52.H38-261123-0001&key=RDC6PYHT',
};

describe('citizenMessage', () => {
  it('gives code, key, appointment and link on acceptance', () => {
    const m = citizenMessage('accepted', { appointmentAt: '2026-11-25T01:00:00.000Z' }, context);
    expect(m.subject).toBe('Hồ sơ 000.01.52.H38-261123-0001 đã được tiếp nhận');
    expect(m.body).toContain('Ngày hẹn trả kết quả: 08:00 ngày 25/11/2026.');
    expect(m.body).toContain('Mã tra cứu: RDC6PYHT');
    expect(m.body).toContain(context.link);
    expect(m.sms).toBe(
      'Hồ sơ 000.01.52.H38-261123-0001 đã được tiếp nhận. Hẹn trả: 08:00 ngày 25/11/2026. Mã tra cứu: RDC6PYHT. ' +
        `Tra cứu: ${context.link}`,
    );
  });

  it('lists what to bring, shortening a long list in the SMS', () => {
    const items = [
      'Bản vẽ thiết kế xây dựng (2 bộ)',
      'Giấy chứng nhận quyền sử dụng đất',
      'Bản cam kết an toàn',
      'Văn bản thẩm duyệt phòng cháy',
    ];
    const m = citizenMessage('supplement_requested', { reason: 'Hồ sơ chưa đầy đủ', items }, context);
    expect(m.body).toContain('- Giấy chứng nhận quyền sử dụng đất');
    expect(m.sms).toContain('…');
    expect(m.sms.length).toBeLessThan(260);
  });

  it('apologises in the agency name, and says which refusal it is', () => {
    const apology = citizenMessage(
      'extended',
      {
        previousAppointmentAt: '2026-11-25T01:00:00.000Z',
        appointmentAt: '2026-11-27T10:00:00.000Z',
        reason: 'Cần xác minh',
      },
      context,
    );
    expect(apology.body).toContain('UBND xã Gia Phú xin lỗi ông/bà');
    expect(apology.body).toContain('Ngày hẹn trả kết quả mới: 17:00 ngày 27/11/2026.');
    expect(
      citizenMessage('refused', { reason: 'Sai thẩm quyền', atReception: true }, context).subject,
    ).toContain('không được tiếp nhận');
    expect(citizenMessage('refused', { atReception: false }, context).subject).toContain(
      'bị từ chối giải quyết',
    );
  });

  it('writes Vietnamese without diacritics for a gateway that takes only unaccented text', () => {
    expect(withoutDiacritics('Hồ sơ đã được tiếp nhận. Đề nghị bổ sung…')).toBe(
      'Ho so da duoc tiep nhan. De nghi bo sung...',
    );
  });
});
