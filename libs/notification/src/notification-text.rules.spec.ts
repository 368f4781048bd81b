import {
  apologyText,
  calendarMoveText,
  type DossierFacts,
  flagText,
  vietnameseInstant,
} from './notification-text.rules';

const at = (local: string): Date => new Date(`${local}+07:00`);
const facts: DossierFacts = {
  code: '000.01.52.H38-261123-0001',
  procedureName: 'Cấp bản sao từ sổ gốc',
  applicantName: 'Nguyễn Văn An',
  stepName: 'Thẩm định',
  unitName: 'Văn phòng HĐND và UBND xã Gia Phú (Tư pháp - Hộ tịch)',
  stepDueAt: at('2026-11-23T13:30:00'),
  dueAt: at('2026-11-25T08:00:00'),
};
const raised = at('2026-11-23T13:31:00');

describe('notification texts', () => {
  it('write instants the Vietnamese way, in Vietnam time', () => {
    expect(vietnameseInstant(new Date('2026-11-23T06:31:00Z'))).toBe('13:31 ngày 23/11/2026');
  });

  it('title each flag in Vietnamese, naming the dossier and the step', () => {
    const title = (flag: Parameters<typeof flagText>[0]) => flagText(flag, 1, raised, facts).title;
    expect(title('step_overdue')).toBe('Hồ sơ 000.01.52.H38-261123-0001 quá hạn bước Thẩm định');
    expect(title('overdue')).toBe('Hồ sơ 000.01.52.H38-261123-0001 quá hạn giải quyết');
    expect(title('due_soon')).toBe('Hồ sơ 000.01.52.H38-261123-0001 sắp đến hạn (bước Thẩm định)');
    expect(title('stalled')).toBe('Hồ sơ 000.01.52.H38-261123-0001 chưa được xử lý tại bước Thẩm định');
  });

  it('tell what is late and ask each level for what is theirs to do', () => {
    const one = flagText('step_overdue', 1, raised, facts).body;
    expect(one).toContain('đã quá thời hạn xử lý của bước (phát hiện lúc 13:31 ngày 23/11/2026)');
    expect(one).toContain(
      'Bước: Thẩm định (Văn phòng HĐND và UBND xã Gia Phú (Tư pháp - Hộ tịch)), hạn bước 13:30 ngày 23/11/2026.',
    );
    expect(one).toContain('Hạn trả kết quả: 08:00 ngày 25/11/2026.');
    expect(one).toMatch(/Đề nghị xử lý hồ sơ ngay\.$/);
    expect(flagText('step_overdue', 2, raised, facts).body).toMatch(/lãnh đạo đơn vị chỉ đạo xử lý\.$/);
    expect(flagText('step_overdue', 3, raised, facts).body).toMatch(/báo cáo để giám sát, đôn đốc\.$/);
  });

  it('remind of form 04 one working day ahead, and say when it is late already', () => {
    const letterDue = at('2026-11-24T08:00:00');
    const early = apologyText(facts, letterDue, false, at('2026-11-23T10:00:00'));
    expect(early.title).toBe(
      'Hồ sơ 000.01.52.H38-261123-0001: cần ban hành văn bản xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04)',
    );
    expect(early.body).toContain('chậm nhất 08:00 ngày 24/11/2026, tức một ngày làm việc trước ngày hẹn trả');
    const late = apologyText(facts, letterDue, true, at('2026-11-24T09:00:00'));
    expect(late.title).toBe(
      'Hồ sơ 000.01.52.H38-261123-0001: đã quá thời hạn ban hành văn bản xin lỗi (Mẫu 04)',
    );
    expect(late.body).toContain(
      'còn chưa đến một ngày làm việc trước hạn trả kết quả (08:00 ngày 25/11/2026)',
    );
    expect(late.body).toMatch(/đề nghị ban hành ngay\.$/);
    expect(apologyText(facts, letterDue, true, at('2026-11-26T09:00:00')).body).toContain(
      'đã quá hạn trả kết quả (08:00 ngày 25/11/2026)',
    );
  });
});

describe('calendarMoveText', () => {
  const moved: DossierFacts = {
    code: '000.00.12.H62-270204-0001',
    procedureName: 'Đăng ký kinh doanh hộ',
    applicantName: 'Nguyễn Văn A',
    stepName: 'Thẩm định',
    unitName: 'Phòng Kinh tế',
    stepDueAt: null,
    dueAt: null,
  };

  it('tells the old and new instants and the provisional year that moved them', () => {
    const { title, body } = calendarMoveText(moved, {
      dueAt: { from: at('2027-02-09T09:00'), to: at('2027-02-16T09:00') },
      stepDueAt: null,
      calendar: [{ year: 2027, status: 'provisional' }],
    });
    expect(title).toBe(
      'Hồ sơ 000.00.12.H62-270204-0001: thời hạn thay đổi theo lịch làm việc năm 2027 (dự kiến)',
    );
    expect(body).toContain('Hạn trả kết quả: 09:00 ngày 09/02/2027 → 09:00 ngày 16/02/2027.');
    expect(body).not.toContain('Hạn bước');
    expect(body).toContain('Bước: Thẩm định (Phòng Kinh tế).');
  });

  it('names an official year without the provisional mark', () => {
    const { title, body } = calendarMoveText(moved, {
      dueAt: null,
      stepDueAt: { from: at('2026-01-02T09:00'), to: at('2026-01-05T09:00') },
      calendar: [{ year: 2026, status: 'official' }],
    });
    expect(title).toMatch(/năm 2026$/);
    expect(body).toContain('Hạn bước: 09:00 ngày 02/01/2026 → 09:00 ngày 05/01/2026.');
  });
});
