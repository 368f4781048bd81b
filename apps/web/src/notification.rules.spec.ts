import type { NotificationView } from './api/api.types';
import { groupNotifications, groupTitle } from './notification.rules';

let seq = 0;
const note = (over: Partial<NotificationView>): NotificationView => ({
  id: String(++seq),
  kind: 'flag',
  flag: 'due_soon',
  level: 1,
  dossierCode: 'X-261123-0001',
  title: 'Hồ sơ X-261123-0001 sắp đến hạn',
  body: '',
  createdAt: '2026-11-23T09:00:00+07:00',
  readAt: null,
  ...over,
});

describe('grouping notifications', () => {
  it('puts the same flag at the same level in one group, where its newest one stands', () => {
    const items = [
      note({ flag: 'step_overdue', dossierCode: 'A' }),
      note({ dossierCode: 'B' }),
      note({ flag: 'step_overdue', dossierCode: 'C' }),
      note({ dossierCode: 'D' }),
      note({ flag: 'step_overdue', dossierCode: 'E', level: 2 }),
    ];
    const groups = groupNotifications(items);
    expect(groups.map((g) => g.items.map((n) => n.dossierCode))).toEqual([['A', 'C'], ['B', 'D'], ['E']]);
  });

  it('keeps the read apart from the unread, and other kinds apart from flags', () => {
    const items = [
      note({ dossierCode: 'A' }),
      note({ dossierCode: 'B', readAt: '2026-11-23T10:00:00+07:00' }),
      note({ kind: 'apology', flag: null, level: null, dossierCode: 'C' }),
    ];
    expect(groupNotifications(items)).toHaveLength(3);
  });

  it('titles a group by its kind and its number of dossiers, and one notification by its own title', () => {
    const [many, one] = groupNotifications([
      note({ dossierCode: 'A' }),
      note({ dossierCode: 'B' }),
      note({ dossierCode: 'B' }),
      note({ flag: 'overdue', level: 3, title: 'Hồ sơ Z quá hạn giải quyết' }),
    ]);
    expect(groupTitle(many)).toBe('Sắp đến hạn: 2 hồ sơ');
    expect(groupTitle(one)).toBe('Hồ sơ Z quá hạn giải quyết');
    const escalated = groupNotifications([
      note({ flag: 'overdue', level: 3, dossierCode: 'A' }),
      note({ flag: 'overdue', level: 3, dossierCode: 'B' }),
    ]);
    expect(groupTitle(escalated[0])).toBe('Quá hạn trả kết quả: 2 hồ sơ — báo cáo giám sát');
    const apologies = groupNotifications([
      note({ kind: 'apology', flag: null, level: null, dossierCode: 'A' }),
      note({ kind: 'apology', flag: null, level: null, dossierCode: 'B' }),
    ]);
    expect(groupTitle(apologies[0])).toBe('Cần văn bản xin lỗi và hẹn lại (Mẫu 04): 2 hồ sơ');
  });
});
