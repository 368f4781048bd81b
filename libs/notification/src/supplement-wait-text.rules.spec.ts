import { supplementWaitText } from './supplement-wait-text.rules';

const dossier = { code: '000.01.52.H38-261113-0001', procedureName: 'Cấp bản sao trích lục hộ tịch' };
const endsAt = new Date('2026-12-14T17:00:00+07:00');
const policy = { limit: { amount: 30, unit: 'day' as const }, onExpiry: 'flag' as const };

describe('supplementWaitText', () => {
  it('tells reception the limit, when it ended and what is still missing', () => {
    const text = supplementWaitText(
      { endsAt, policy, outcome: { kind: 'flag' }, missingItems: ['Tờ khai'] },
      dossier,
    );
    expect(text.title).toBe('Hồ sơ 000.01.52.H38-261113-0001 quá thời hạn chờ bổ sung');
    expect(text.body).toContain('quá 30 ngày (hết hạn lúc 17:00 ngày 14/12/2026)');
    expect(text.body).toContain('Giấy tờ còn thiếu: Tờ khai.');
    expect(text.body).toContain('liên hệ công dân');
  });

  it('says what the configured action did', () => {
    const stop = supplementWaitText(
      { endsAt, policy, outcome: { kind: 'end', action: 'stop', status: 'stopped' }, missingItems: [] },
      dossier,
    );
    expect(stop.body).toContain('dừng giải quyết');
    const refuse = supplementWaitText(
      { endsAt, policy, outcome: { kind: 'end', action: 'refuse', status: 'refused' }, missingItems: [] },
      dossier,
    );
    expect(refuse.body).toContain('từ chối tiếp nhận');
  });
});
