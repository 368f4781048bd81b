import type { NotificationView } from './api/api.types';

/** Notifications of one kind (the same flag at the same escalation level, read or not), newest first. */
export interface NotificationGroup {
  key: string;
  items: NotificationView[];
}

const FLAG: Record<string, string> = {
  due_soon: 'Sắp đến hạn',
  step_overdue: 'Quá hạn bước',
  overdue: 'Quá hạn trả kết quả',
  stalled: 'Chưa được xử lý',
};

const KIND: Record<string, string> = {
  apology: 'Cần văn bản xin lỗi và hẹn lại (Mẫu 04)',
  supplement_wait: 'Quá thời hạn chờ bổ sung',
  calendar: 'Thời hạn thay đổi theo lịch làm việc',
};

const LEVEL: Record<number, string> = {
  2: ' — báo cáo lãnh đạo đơn vị',
  3: ' — báo cáo giám sát',
};

/**
 * The notifications in groups of the same kind, so that forty reminders of the same flag are one line to read:
 * each group where its newest notification stands, unread and read apart.
 */
export function groupNotifications(items: NotificationView[]): NotificationGroup[] {
  const groups = new Map<string, NotificationGroup>();
  for (const n of items) {
    const key = [n.kind, n.flag ?? '', n.level ?? '', n.readAt ? 'read' : 'unread'].join('|');
    const group = groups.get(key);
    if (group) group.items.push(n);
    else groups.set(key, { key, items: [n] });
  }
  return [...groups.values()];
}

/** What a group is about: its one notification's title, or the kind and how many dossiers. */
export function groupTitle(group: NotificationGroup): string {
  const [first] = group.items;
  if (group.items.length === 1) return first.title;
  const what = (first.flag ? FLAG[first.flag] : KIND[first.kind]) ?? 'Thông báo';
  const dossiers = new Set(group.items.map((n) => n.dossierCode)).size;
  return `${what}: ${dossiers} hồ sơ${LEVEL[first.level ?? 1] ?? ''}`;
}
