import type { HandlingCounts, GroupBy } from './period-query.dto';

/** The columns of form 06/VPCP/KSTT, in the form's order, with their Vietnamese headings. */
export const HANDLING_COLUMNS: ReadonlyArray<{ field: keyof HandlingCounts; heading: string }> = [
  { field: 'total', heading: 'Tổng số hồ sơ nhận giải quyết' },
  { field: 'receivedOnline', heading: 'Tiếp nhận trực tuyến' },
  { field: 'receivedOffline', heading: 'Tiếp nhận trực tiếp và dịch vụ bưu chính' },
  { field: 'carriedOver', heading: 'Kỳ trước chuyển sang' },
  { field: 'resolved', heading: 'Đã giải quyết' },
  { field: 'resolvedEarly', heading: 'Trước hạn' },
  { field: 'resolvedOnTime', heading: 'Đúng hạn' },
  { field: 'resolvedLate', heading: 'Quá hạn' },
  { field: 'closedOther', heading: 'Từ chối, rút, dừng xử lý' },
  { field: 'pending', heading: 'Đang giải quyết' },
  { field: 'pendingWithinDeadline', heading: 'Còn hạn' },
  { field: 'pendingOverdue', heading: 'Quá hạn (đang giải quyết)' },
];

export const KEY_HEADING: Record<GroupBy, string> = {
  unit: 'Đơn vị tiếp nhận',
  field: 'Lĩnh vực',
  procedure: 'Thủ tục hành chính',
};

export const TOTAL_LABEL = 'Tổng cộng';
