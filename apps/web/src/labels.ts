export const STATUS: Record<string, string> = {
  submitted: 'Nộp trực tuyến, chờ tiếp nhận',
  awaiting_documents: 'Chờ bổ sung (chưa tiếp nhận)',
  accepted: 'Đã tiếp nhận',
  in_progress: 'Đang xử lý',
  awaiting_supplement: 'Chờ công dân bổ sung',
  result_ready: 'Có kết quả, chờ trả',
  done: 'Đã trả kết quả',
  refused: 'Từ chối tiếp nhận',
  withdrawn: 'Công dân rút hồ sơ',
  stopped: 'Dừng xử lý',
};

export const ACTION: Record<string, string> = {
  receive: 'Tiếp nhận hồ sơ',
  accept: 'Tiếp nhận hồ sơ trực tuyến',
  intake: 'Bắt đầu quy trình',
  forward: 'Chuyển xử lý',
  submit: 'Trình duyệt',
  approve: 'Phê duyệt',
  sign: 'Ký duyệt',
  send_back: 'Trả lại bước trước',
  hand_over: 'Trả kết quả cho công dân',
  transfer_result: 'Chuyển kết quả về Một cửa',
  request_verification: 'Đề nghị xác minh',
  reply: 'Trả lời xác minh',
  ask_opinions: 'Lấy ý kiến các cơ quan',
  register: 'Đăng ký xong',
  issue: 'Đã cấp',
  request_supplement: 'Yêu cầu bổ sung',
  supplement_received: 'Đã nhận hồ sơ bổ sung',
  supplement_submitted: 'Công dân bổ sung trực tuyến',
  supplement_wait_expired: 'Quá thời hạn chờ bổ sung',
  request_documents: 'Hướng dẫn bổ sung (chưa tiếp nhận)',
  refuse: 'Từ chối',
  withdraw: 'Công dân rút hồ sơ',
  stop: 'Dừng xử lý',
  extend: 'Xin lỗi và gia hạn',
  payment: 'Thu phí, lệ phí',
  assign: 'Phân công',
  comment: 'Ý kiến',
  migrate_revision: 'Chuyển sang quy trình sửa đổi',
  transfer: 'Chuyển cơ quan có thẩm quyền',
  consult: 'Xin ý kiến đơn vị',
  consult_answer: 'Trả lời xin ý kiến',
  attach_documents: 'Đính kèm tệp',
  check_document: 'Xác nhận tệp số hóa',
  uncheck_document: 'Bỏ xác nhận tệp số hóa',
  record_result: 'Ghi kết quả, ký số',
};

export const ROLE: Record<string, string> = {
  reception: 'Tiếp nhận và trả kết quả',
  officer: 'Chuyên viên',
  head: 'Trưởng phòng',
  leader: 'Lãnh đạo',
  supervisor: 'Giám sát',
  iso: 'Cán bộ ISO',
  admin: 'Quản trị',
  portal: 'Cổng DVC',
};

export const CHANNEL: Record<string, string> = {
  in_person: 'Trực tiếp',
  online: 'Trực tuyến',
  post: 'Bưu chính',
};

export const TIMELINESS: Record<string, string> = {
  early: 'Trước hạn',
  on_time: 'Đúng hạn',
  late: 'Quá hạn',
};

export const LIMIT_UNIT: Record<string, string> = {
  working_hour: 'giờ làm việc',
  working_day: 'ngày làm việc',
  day: 'ngày',
  month: 'tháng',
};

export const LEVEL: Record<string, string> = {
  province: 'Cấp tỉnh',
  commune: 'Cấp xã',
  ministry: 'Bộ, ngành',
};

export const ONLINE: Record<string, string> = {
  full: 'Toàn trình',
  partial: 'Một phần',
  none: 'Không trực tuyến',
};

/** When a procedure's fees are paid (the file's `payment`). */
export const PAYMENT_TIMING: Record<string, string> = {
  before_result: 'Nộp trước khi nhận kết quả',
  after_result: 'Nộp khi nhận kết quả hoặc sau đó',
  none: 'Không thu tại Bộ phận Một cửa',
};

export const PAYMENT_METHOD: Record<string, string> = {
  cash: 'Tiền mặt',
  bank_transfer: 'Chuyển khoản',
  card: 'Thẻ',
  portal_online: 'Thanh toán trực tuyến (Cổng DVC)',
};

export const COLLECTOR_KIND: Record<string, string> = {
  applicant: 'Người nộp hồ sơ',
  authorized: 'Người được ủy quyền',
  post: 'Gửi qua bưu chính',
};

/** Actions that need a reason, and those that also need more. */
export const NEEDS_REASON = new Set(['request_supplement', 'refuse', 'withdraw', 'stop', 'extend']);

const REFUSED_BEFORE_ACCEPTANCE = new Set([null, 'submitted', 'awaiting_documents']);

/** A refusal after acceptance is the agency's refusal to resolve (portal status 10), not a refusal at reception. */
export const statusLabel = (status: string, acceptedBefore: boolean): string =>
  status === 'refused' && acceptedBefore ? 'Từ chối giải quyết' : label(STATUS, status);

/** Was an event's refusal made after acceptance (it left a started dossier)? */
export const refusedAfterAcceptance = (fromStatus: string | null): boolean =>
  !REFUSED_BEFORE_ACCEPTANCE.has(fromStatus);

export const APOLOGY: Record<string, string> = {
  late: 'Xin lỗi muộn (chưa đủ 01 ngày làm việc trước hạn)',
  after_deadline: 'Xin lỗi sau khi đã quá hạn: hồ sơ vẫn tính quá hạn',
};

export const label = (table: Record<string, string>, key: string | null | undefined): string =>
  key ? (table[key] ?? key) : '';
