import type { PublicStep } from './citizen.api';

/** What each status means for the citizen, in plain words. */
const STATUS: Record<string, string> = {
  submitted: 'Hồ sơ nộp trực tuyến đang chờ cán bộ tiếp nhận kiểm tra.',
  awaiting_documents: 'Hồ sơ chưa đủ: ông/bà cần bổ sung giấy tờ trước khi hồ sơ được tiếp nhận.',
  accepted: 'Hồ sơ đã được tiếp nhận và sắp được chuyển xử lý.',
  in_progress: 'Hồ sơ đang được giải quyết.',
  awaiting_supplement: 'Hồ sơ đang tạm dừng chờ ông/bà bổ sung giấy tờ.',
  result_ready: 'Đã có kết quả: mời ông/bà nhận kết quả.',
  done: 'Đã trả kết quả. Cảm ơn ông/bà đã sử dụng dịch vụ.',
  refused: 'Hồ sơ bị từ chối. Lý do được nêu trong văn bản từ chối gửi ông/bà.',
  withdrawn: 'Hồ sơ đã được rút theo đề nghị của ông/bà.',
  stopped: 'Cơ quan có thẩm quyền đã dừng giải quyết hồ sơ.',
};

export const statusText = (status: string): string => STATUS[status] ?? 'Đang cập nhật tình trạng hồ sơ.';

// The events the service records itself (and the built-in ones); a procedure's own actions are told by their steps.
const ACTION: Record<string, string> = {
  receive: 'Tiếp nhận hồ sơ',
  accept: 'Tiếp nhận hồ sơ',
  intake: 'Chuyển hồ sơ đến bộ phận giải quyết',
  request_documents: 'Yêu cầu bổ sung giấy tờ',
  request_supplement: 'Yêu cầu bổ sung hồ sơ',
  supplement_received: 'Nhận hồ sơ bổ sung',
  supplement_submitted: 'Nhận hồ sơ bổ sung trực tuyến',
  supplement_wait_expired: 'Quá thời hạn bổ sung hồ sơ',
  extend: 'Gia hạn, hẹn lại ngày trả kết quả',
  payment: 'Nộp phí, lệ phí',
  transfer: 'Chuyển cơ quan có thẩm quyền',
  calendar_change: 'Cập nhật lịch làm việc',
  refuse: 'Từ chối',
  withdraw: 'Rút hồ sơ',
  stop: 'Dừng giải quyết',
};

/** A timeline line: what happened, or the step completed; never who did it. */
export function stepText(e: {
  action: string;
  status: string;
  to: PublicStep | null;
  from: PublicStep | null;
}): string {
  if (e.status === 'submitted') return 'Nộp hồ sơ trực tuyến';
  if (ACTION[e.action]) return ACTION[e.action];
  if (e.status === 'done') return 'Trả kết quả';
  if (e.from) return `Hoàn thành: ${e.from.name}`;
  return e.to ? e.to.name : 'Cập nhật hồ sơ';
}

/** `08:00 ngày 25/11/2026` from a +07:00 ISO instant, as the receipt writes it; `ngày 25/11/2026` from a date. */
export function vietnameseTime(iso: string): string {
  const day = `ngày ${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  return iso.length > 10 ? `${iso.slice(11, 16)} ${day}` : day;
}

export const money = (amount: number): string => `${amount.toLocaleString('vi-VN')} đồng`;

/** The code and key from the address (the receipt's QR code), trimmed; the key as it was printed. */
export function fromAddress(search: string): { code: string; key: string } {
  const q = new URLSearchParams(search);
  return { code: (q.get('code') ?? '').trim(), key: (q.get('key') ?? '').trim() };
}

/** A scanned QR code: the page's own link (code and key in its query), or a bare dossier code. */
export function fromScan(text: string): { code: string; key: string } | null {
  try {
    const found = fromAddress(new URL(text).search);
    return found.code ? found : null;
  } catch {
    return /^[\w.-]{5,40}$/.test(text.trim()) ? { code: text.trim(), key: '' } : null;
  }
}
