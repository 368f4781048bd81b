import type { ControlSheetRow } from '../api/api.types';
import { formatDateTime } from '../format';

/** One line under a timeline event: what it is, and its text. */
export interface TimelineDetail {
  label: string;
  text: string;
}

// Recorded for the service itself: the start of the procedure follows the receipt, which the timeline shows.
const HIDDEN = new Set(['comment', 'intake']);

const REASON_LABEL: Record<string, string> = {
  refuse: 'Lý do từ chối',
  withdraw: 'Lý do rút hồ sơ',
  stop: 'Lý do dừng giải quyết',
  extend: 'Lý do gia hạn',
  transfer: 'Lý do chuyển',
  request_supplement: 'Lý do yêu cầu bổ sung',
  request_documents: 'Lý do hướng dẫn bổ sung',
  supplement_wait_expired: 'Lý do',
};

/** The events a reader of the dossier is told: not the comments (shown apart) nor the service's own steps. */
export const timelineEvents = (rows: readonly ControlSheetRow[]): ControlSheetRow[] =>
  rows.filter((r) => !HIDDEN.has(r.action));

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** The reason, the missing items and the new appointment an event carries, in the order a reader needs them. */
export function timelineDetails(row: Pick<ControlSheetRow, 'action' | 'payload'>): TimelineDetail[] {
  const { action, payload } = row;
  const details: TimelineDetail[] = [];
  const reason = text(payload.reason);
  if (reason)
    details.push({
      label: payload.sendBack ? 'Lý do trả lại' : (REASON_LABEL[action] ?? 'Lý do'),
      text: reason,
    });
  const items = Array.isArray(payload.missingItems)
    ? payload.missingItems.map(text).filter((s): s is string => s !== undefined)
    : [];
  if (items.length > 0) details.push({ label: 'Giấy tờ cần bổ sung', text: items.join('; ') });
  const newDue = text(payload.newDueAt);
  if (newDue) {
    const before = text(payload.previousDueAt);
    details.push({
      label: 'Hẹn trả mới',
      text: before ? `${formatDateTime(newDue)} (hẹn cũ ${formatDateTime(before)})` : formatDateTime(newDue),
    });
  }
  return details;
}

/** The comment, unless it only repeats the reason (the desk records its reason as the comment too). */
export const ownComment = (row: Pick<ControlSheetRow, 'comment' | 'payload'>): string | null =>
  row.comment && row.comment.trim() !== text(row.payload.reason) ? row.comment : null;
