import { addDays, formatBucket, formatDateTime, formatMinutes, reportCaption, vnDay } from './format';

describe('formats in Vietnam time', () => {
  it('shows instants on the Vietnam clock, whatever the offset they come with', () => {
    expect(formatDateTime('2026-11-23T07:30:00+07:00')).toBe('23/11/2026 07:30');
    expect(formatDateTime('2026-11-22T18:53:00Z')).toBe('23/11/2026 01:53');
    expect(formatDateTime(null)).toBe('—');
  });

  it('takes the calendar day in Vietnam, across UTC midnight and month ends', () => {
    expect(vnDay(new Date('2026-11-30T17:30:00Z'))).toBe('2026-12-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('reads trend labels and working time the Vietnamese way', () => {
    expect(formatBucket('2026-10')).toBe('10/2026');
    expect(formatBucket('2026-10-05')).toBe('05/10/2026');
    expect(formatMinutes(200)).toBe('3 giờ 20 phút');
    expect(formatMinutes(45)).toBe('45 phút');
  });

  it('captions a report by the period the server computed, and says where a running one stops', () => {
    const month = { from: '2026-12-01T00:00:00+07:00', to: '2027-01-01T00:00:00+07:00' };
    expect(reportCaption({ ...month, asOf: month.to })).toBe('Kỳ báo cáo từ 01/12/2026 đến 31/12/2026');
    expect(reportCaption({ ...month, asOf: '2026-12-07T10:05:00+07:00' })).toBe(
      'Kỳ báo cáo từ 01/12/2026 đến 31/12/2026, số liệu tính đến 07/12/2026 10:05',
    );
  });

  it('adds what the server says of where it read the figures', () => {
    const month = { from: '2026-12-01T00:00:00+07:00', to: '2027-01-01T00:00:00+07:00' };
    const note = 'Số liệu đọc từ bản sao cơ sở dữ liệu, chậm 12 giây so với máy chủ chính.';
    expect(reportCaption({ ...month, asOf: '2026-12-07T10:04:48+07:00', readFrom: { note } })).toBe(
      `Kỳ báo cáo từ 01/12/2026 đến 31/12/2026, số liệu tính đến 07/12/2026 10:04. ${note}`,
    );
    expect(reportCaption({ ...month, asOf: month.to, readFrom: { note: null } })).toBe(
      'Kỳ báo cáo từ 01/12/2026 đến 31/12/2026',
    );
  });
});
