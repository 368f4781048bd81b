/** What the api answered on an error: its status, stable code, message and details. */
export interface ErrorAnswer {
  status: number;
  code: string;
  message?: string;
  details?: Record<string, unknown>;
}

type Text = string | ((details: Record<string, unknown>) => string);

const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

/** A Vietnamese sentence has a Vietnamese word among its first two; an English one with a Vietnamese aside has not. */
function isVietnamese(message: string): boolean {
  return message
    .trim()
    .split(/\s+/)
    .slice(0, 2)
    .some((word) => VIETNAMESE_LETTER.test(word));
}

/** The messages of a validation error's fields (`details.fields`: `{ field, messages }[]`). */
function fieldMessages(fields: unknown): string[] {
  if (!Array.isArray(fields)) return [];
  return fields.flatMap((f: { messages?: unknown }) =>
    Array.isArray(f?.messages) ? f.messages.filter((m): m is string => typeof m === 'string') : [],
  );
}

const list = (value: unknown): string =>
  Array.isArray(value) ? value.filter((v) => typeof v === 'string').join('; ') : '';

/** The console's own words for each code the api can answer with: the user never reads the api's English. */
export const ERROR_TEXT: Record<string, Text> = {
  NETWORK: 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.',
  BAD_REQUEST: 'Yêu cầu không hợp lệ. Kiểm tra lại thông tin đã nhập.',
  VALIDATION_FAILED: (d) => {
    // Some fields are checked with Vietnamese messages (the amount, the receipt number, the collector): kept.
    const said = fieldMessages(d.fields).filter(isVietnamese);
    return said.length > 0
      ? `Thông tin nhập chưa hợp lệ: ${said.join('; ')}.`
      : 'Thông tin nhập chưa hợp lệ. Kiểm tra lại các ô đã nhập.';
  },
  MALFORMED_JSON: 'Yêu cầu không hợp lệ. Hãy tải lại trang rồi thử lại.',
  INVALID_UTF8: 'Yêu cầu không hợp lệ. Hãy tải lại trang rồi thử lại.',
  JSON_TOO_DEEP: 'Yêu cầu không hợp lệ. Hãy tải lại trang rồi thử lại.',
  UNAUTHENTICATED: 'Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại.',
  INVALID_CREDENTIALS: 'Tên đăng nhập hoặc mật khẩu không đúng.',
  LOGIN_THROTTLED: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ít phút.',
  RATE_LIMITED: 'Bạn thao tác quá nhanh. Vui lòng chờ một lát rồi thử lại.',
  TOO_MANY_REQUESTS: 'Bạn thao tác quá nhanh. Vui lòng chờ một lát rồi thử lại.',
  FORBIDDEN: 'Tài khoản của bạn không được phép thực hiện việc này.',
  FORBIDDEN_ROLE: 'Tài khoản của bạn không được phép thực hiện việc này.',
  FORBIDDEN_UNIT: 'Tài khoản của bạn không được xem thông tin của đơn vị này.',
  NOT_FOUND: 'Không tìm thấy nội dung yêu cầu.',
  METHOD_NOT_ALLOWED: 'Thao tác này không được hỗ trợ.',
  CONFLICT: 'Dữ liệu vừa thay đổi. Hãy tải lại trang rồi thử lại.',
  PAYLOAD_TOO_LARGE: 'Dữ liệu gửi lên quá lớn.',
  UNSUPPORTED_MEDIA_TYPE: 'Loại tệp hoặc dữ liệu gửi lên không được hỗ trợ.',
  SERVICE_UNAVAILABLE: 'Hệ thống đang tạm gián đoạn. Vui lòng thử lại sau ít giây.',
  INTERNAL: 'Hệ thống gặp lỗi ngoài dự kiến (đã được ghi lại). Vui lòng thử lại sau.',
  PASSWORD_CHANGE_REQUIRED: 'Hãy đổi mật khẩu trước khi tiếp tục.',
  PASSWORD_UNCHANGED: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
  WRONG_CURRENT_PASSWORD: 'Mật khẩu hiện tại không đúng.',
  WEAK_PASSWORD: 'Mật khẩu mới chưa đủ mạnh.',
  SYSTEM_ACCOUNT: 'Đây là tài khoản hệ thống, không đăng nhập bằng mật khẩu.',
  CANNOT_DEACTIVATE_SELF: 'Không thể tự khóa tài khoản của chính mình.',
  USER_NOT_FOUND: 'Không tìm thấy tài khoản này.',
  UNIT_NOT_FOUND: 'Không tìm thấy đơn vị này.',
  UNIT_UNKNOWN: 'Không tìm thấy đơn vị này.',
  UNKNOWN_UNIT: 'Đơn vị đã chọn không có trong danh mục đơn vị.',
  DOSSIER_NOT_FOUND:
    'Không tìm thấy hồ sơ: mã hồ sơ không đúng, hoặc tài khoản của bạn không được xem hồ sơ này.',
  PROCEDURE_NOT_FOUND: 'Không tìm thấy thủ tục này.',
  UNKNOWN_PROCEDURE: 'Thủ tục đã chọn không có hoặc chưa có hiệu lực.',
  UNKNOWN_REVISION: 'Không có phiên bản quy trình này.',
  MISSING_DOCUMENTS: (d) =>
    list(d.missing)
      ? `Còn thiếu giấy tờ bắt buộc: ${list(d.missing)}. Hãy yêu cầu bổ sung hoặc từ chối tiếp nhận.`
      : 'Còn thiếu giấy tờ bắt buộc. Hãy yêu cầu bổ sung hoặc từ chối tiếp nhận.',
  UNKNOWN_DOCUMENT: 'Giấy tờ đã chọn không có trong thành phần hồ sơ của thủ tục.',
  NOT_RECEPTION_UNIT: 'Chỉ bộ phận tiếp nhận của đơn vị nhận hồ sơ được làm việc này.',
  NO_RECEPTION_DESK: 'Đơn vị của bạn không có bộ phận tiếp nhận hồ sơ.',
  NOT_AT_RECEPTION_DESK: 'Việc này chỉ làm được khi hồ sơ đang ở bộ phận tiếp nhận.',
  VERSION_CONFLICT: 'Hồ sơ vừa được người khác cập nhật. Hãy tải lại trang rồi thao tác lại.',
  ACTION_NOT_ALLOWED: 'Thao tác này không còn thực hiện được ở bước hiện tại của hồ sơ. Hãy tải lại trang.',
  GUARD_FAILED: 'Hồ sơ chưa đủ điều kiện cho thao tác này.',
  NOT_STEP_OWNER: 'Bạn không giữ bước hiện tại của hồ sơ nên không thao tác được.',
  NOT_STEP_HOLDER: 'Chỉ người đang xử lý bước hiện tại của hồ sơ mới làm được việc này.',
  NOT_ON_ROUTE: 'Đơn vị của bạn không tham gia giải quyết hồ sơ này.',
  REASON_REQUIRED: 'Hãy nhập lý do.',
  INVALID_APPOINTMENT: 'Ngày hẹn trả mới không hợp lệ: hãy chọn một ngày làm việc sau ngày hẹn cũ.',
  NOT_YET_STARTED: 'Hồ sơ chưa bắt đầu được giải quyết. Hãy chờ giây lát rồi tải lại trang.',
  INVALID_ASSIGNEE: 'Người được chọn không thuộc đơn vị, vai trò của bước này.',
  DAILY_SEQUENCE_EXHAUSTED: 'Đã hết số hồ sơ trong ngày. Hãy báo quản trị hệ thống.',
  INVALID_CURSOR: 'Trang danh sách không còn hợp lệ. Hãy tải lại trang.',
  ALREADY_EXTENDED: 'Hồ sơ đã được gia hạn một lần; không gia hạn thêm.',
  ACCESS_LOG_FILTER_REQUIRED: 'Hãy chọn hồ sơ hoặc người dùng để xem nhật ký truy cập.',
  INVALID_IDEMPOTENCY_KEY: 'Yêu cầu không hợp lệ. Hãy tải lại trang rồi thử lại.',
  IDEMPOTENCY_KEY_REUSED: 'Yêu cầu này đã được gửi với nội dung khác. Hãy tải lại trang.',
  INVALID_STEP_MAPPING: 'Cách chuyển bước sang quy trình mới không hợp lệ.',
  NOT_MIGRATABLE: 'Hồ sơ này không chuyển sang quy trình mới được.',
  TRANSFER_NOT_ALLOWED: 'Bạn không được chuyển hồ sơ này sang cơ quan khác.',
  TRANSFER_SAME_AGENCY: 'Thủ tục được chọn thuộc chính cơ quan đang giải quyết; hãy chọn cơ quan khác.',
  CONSULTATION_OPEN: 'Đơn vị này đang được xin ý kiến về hồ sơ và chưa trả lời.',
  CONSULTATION_NOT_FOUND: 'Không tìm thấy yêu cầu xin ý kiến này.',
  CONSULTATION_ANSWERED: 'Yêu cầu xin ý kiến này đã được trả lời.',
  NOT_CONSULTED: 'Đơn vị của bạn không được xin ý kiến về hồ sơ này.',
  BRANCH_REQUIRED: 'Hãy chọn nhánh giải quyết để thao tác.',
  BRANCH_NOT_OPEN: 'Nhánh giải quyết này đã xong hoặc đã đóng.',
  FEES_UNPAID: 'Hồ sơ chưa nộp đủ phí, lệ phí. Hãy ghi nhận khoản thu trước khi trả kết quả.',
  PAYMENT_NOT_COLLECTED: 'Thủ tục này không thu phí, lệ phí tại bộ phận một cửa.',
  PAYMENT_NOT_OPEN: 'Hồ sơ đã kết thúc hoặc chưa được tiếp nhận: không ghi nhận khoản thu.',
  OVERPAYMENT: 'Số tiền vượt quá số còn phải nộp.',
  RECEIPT_NUMBER_TAKEN: 'Số biên lai này đã được dùng cho một khoản thu khác.',
  PAYMENT_TRANSACTION_CONFLICT: 'Giao dịch thanh toán này đã được ghi nhận với nội dung khác.',
  COLLECTOR_REQUIRED: 'Hãy ghi người nhận kết quả.',
  COLLECTOR_NOT_APPLICANT: 'Số định danh không khớp với người nộp hồ sơ.',
  INVALID_COLLECTOR: 'Thông tin người nhận kết quả chưa đầy đủ.',
  SUPPLEMENT_NOT_AWAITED: 'Hồ sơ không ở trạng thái chờ bổ sung.',
  FORM_UNKNOWN: 'Không có biểu mẫu này.',
  FORM_NOT_APPLICABLE: 'Biểu mẫu này không áp dụng cho hồ sơ ở tình trạng hiện tại.',
  FORM_FORBIDDEN: 'Tài khoản của bạn không được xem sổ theo dõi của đơn vị này.',
  BAD_PERIOD: 'Khoảng thời gian không hợp lệ: ngày bắt đầu phải trước ngày kết thúc, tối đa 366 ngày.',
  PERIOD_NOT_STARTED: 'Kỳ báo cáo chưa bắt đầu: chưa có số liệu để tổng hợp.',
  TOO_MANY_BUCKETS: 'Khoảng thời gian quá dài cho cách chia đã chọn.',
  CALENDAR_YEAR_NOT_COVERED: 'Chưa có lịch làm việc của năm này.',
  NOTIFICATION_NOT_FOUND: 'Không tìm thấy thông báo này.',
  ALREADY_RATED: 'Hồ sơ đã được đánh giá.',
  BAD_UPLOAD: 'Tệp tải lên không đọc được. Hãy chọn lại tệp.',
  NO_FILES: 'Hãy chọn ít nhất một tệp.',
  TOO_MANY_FILES: 'Chọn quá nhiều tệp trong một lần.',
  FILE_TOO_LARGE: 'Tệp vượt quá dung lượng tối đa.',
  DOCUMENT_TOO_LARGE: 'Các tệp của thành phần hồ sơ này vượt quá dung lượng tối đa.',
  DOSSIER_FILES_TOO_LARGE: 'Các tệp của hồ sơ vượt quá dung lượng tối đa.',
  UNSUPPORTED_FILE_TYPE: 'Chỉ nhận tệp PDF, JPEG hoặc PNG.',
  FILE_NOT_FOUND: 'Không tìm thấy tệp này.',
  UNKNOWN_COMPONENT: 'Thành phần hồ sơ này không có trong thủ tục.',
  NOT_A_COMPONENT_FILE: 'Chỉ tệp của thành phần hồ sơ mới được đối chiếu bản giấy.',
  DOSSIER_CLOSED: 'Hồ sơ đã kết thúc; không đính kèm thêm tệp.',
  RESULT_NOT_FOUND: 'Hồ sơ chưa có kết quả điện tử.',
  RESULT_ALREADY_ISSUED: 'Kết quả của hồ sơ đã được ký số.',
  RESULT_DECISION_REQUIRED: 'Hãy nhập nội dung kết quả hoặc tải lên tệp PDF.',
  RESULT_INVALID_DATE: 'Ngày ban hành không hợp lệ.',
  RESULT_NOT_AT_RESULT_STEP: 'Hồ sơ chưa đến bước ký hoặc ban hành kết quả.',
  RESULT_NOT_RECORDABLE: 'Không ghi kết quả được cho hồ sơ ở tình trạng này.',
  RESULT_NOT_RETURNED: 'Kết quả chưa được trả cho công dân.',
  RESULT_NOT_STEP_OWNER: 'Chỉ người giữ bước ký hoặc ban hành kết quả mới ghi được kết quả.',
  RESULT_NOT_PDF: 'Tệp kết quả phải là PDF.',
  RESULT_PDF_UNSIGNABLE: 'Tệp PDF này không ký số được. Hãy xuất lại tệp rồi thử lại.',
  RESULT_TOO_LARGE: 'Tệp kết quả vượt quá dung lượng tối đa.',
  SIGNING_NOT_CONFIGURED: 'Chưa cấu hình chứng thư số của cơ quan. Hãy báo quản trị hệ thống.',
  SYNC_MESSAGE_NOT_PARKED: 'Bản tin đồng bộ này không ở trạng thái chờ gửi lại.',
};

/**
 * Codes whose api message is already written for the user in Vietnamese, with particulars the console does not
 * know (the amount still due, the file's name, the seconds to wait): shown as they come when they are Vietnamese.
 */
export const SERVER_WORDED = new Set([
  'WEAK_PASSWORD',
  'LOGIN_THROTTLED',
  'SYSTEM_ACCOUNT',
  'FEES_UNPAID',
  'FILE_TOO_LARGE',
  'DOCUMENT_TOO_LARGE',
  'DOSSIER_FILES_TOO_LARGE',
  'TOO_MANY_FILES',
  'UNSUPPORTED_FILE_TYPE',
  'NOT_STEP_HOLDER',
  'DOSSIER_CLOSED',
  'TRANSFER_NOT_ALLOWED',
  'PERIOD_NOT_STARTED',
]);

const BY_STATUS: Array<[number, string]> = [
  [401, 'UNAUTHENTICATED'],
  [403, 'FORBIDDEN'],
  [404, 'NOT_FOUND'],
  [409, 'CONFLICT'],
  [429, 'TOO_MANY_REQUESTS'],
  [503, 'SERVICE_UNAVAILABLE'],
];

/** The Vietnamese text a user reads for an error: by its code, else by its HTTP status. */
export function errorText({ status, code, message, details }: ErrorAnswer): string {
  if (SERVER_WORDED.has(code) && message && isVietnamese(message)) return message;
  const fallback = BY_STATUS.find(([s]) => s === status)?.[1] ?? (status >= 500 ? 'INTERNAL' : 'BAD_REQUEST');
  const text = ERROR_TEXT[code] ?? ERROR_TEXT[fallback];
  return typeof text === 'function' ? text(details ?? {}) : text;
}

/** Whether trying the same again may work: the network, the server, or a short wait; never a refusal. */
export const isRetryable = (status: number): boolean => status === 0 || status === 429 || status >= 500;
