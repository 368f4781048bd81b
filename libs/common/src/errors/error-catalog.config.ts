/**
 * Every error code the api answers with: its HTTP status, the Vietnamese a user reads (the console shows it) and an
 * English default. Plain data with no imports, so that the web console bundles the same file.
 * A code is a contract: renaming one breaks clients. docs/api.md lists them all (a test checks it).
 */
export interface ErrorEntry {
  readonly status: number;
  readonly vi: string;
  readonly en: string;
}

export const ERROR_CATALOG = {
  // Answers of the HTTP layer: refused bodies, statuses without a code of their own, the unexpected.
  BAD_REQUEST: {
    status: 400,
    vi: 'Yêu cầu không hợp lệ. Kiểm tra lại thông tin đã nhập.',
    en: 'the request is not valid',
  },
  VALIDATION_FAILED: {
    status: 400,
    vi: 'Thông tin nhập chưa hợp lệ. Kiểm tra lại các ô đã nhập.',
    en: 'some fields of the request are not valid',
  },
  MALFORMED_JSON: {
    status: 400,
    vi: 'Yêu cầu không hợp lệ. Hãy tải lại trang rồi thử lại.',
    en: 'the request body is not valid JSON',
  },
  INVALID_UTF8: {
    status: 400,
    vi: 'Yêu cầu không hợp lệ. Hãy tải lại trang rồi thử lại.',
    en: 'the request body is not UTF-8',
  },
  JSON_TOO_DEEP: {
    status: 400,
    vi: 'Yêu cầu không hợp lệ. Hãy tải lại trang rồi thử lại.',
    en: 'the request body is nested too deep',
  },
  UNAUTHENTICATED: {
    status: 401,
    vi: 'Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại.',
    en: 'a valid bearer token is required',
  },
  FORBIDDEN: {
    status: 403,
    vi: 'Tài khoản của bạn không được phép thực hiện việc này.',
    en: 'not allowed',
  },
  NOT_FOUND: { status: 404, vi: 'Không tìm thấy nội dung yêu cầu.', en: 'not found' },
  METHOD_NOT_ALLOWED: { status: 405, vi: 'Thao tác này không được hỗ trợ.', en: 'method not allowed' },
  CONFLICT: {
    status: 409,
    vi: 'Dữ liệu vừa thay đổi. Hãy tải lại trang rồi thử lại.',
    en: 'the request conflicts with the current state',
  },
  PAYLOAD_TOO_LARGE: { status: 413, vi: 'Dữ liệu gửi lên quá lớn.', en: 'the request body is too large' },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    vi: 'Loại tệp hoặc dữ liệu gửi lên không được hỗ trợ.',
    en: 'unsupported media type',
  },
  TOO_MANY_REQUESTS: {
    status: 429,
    vi: 'Bạn thao tác quá nhanh. Vui lòng chờ một lát rồi thử lại.',
    en: 'too many requests',
  },
  INTERNAL: {
    status: 500,
    vi: 'Hệ thống gặp lỗi ngoài dự kiến (đã được ghi lại). Vui lòng thử lại sau.',
    en: 'an unexpected error occurred; it has been logged',
  },
  SERVICE_UNAVAILABLE: {
    status: 503,
    vi: 'Hệ thống đang tạm gián đoạn. Vui lòng thử lại sau ít giây.',
    en: 'the service is briefly unavailable (its database or queue cannot be reached); try again shortly',
  },

  // Accounts and access.
  INVALID_CREDENTIALS: {
    status: 401,
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    en: 'wrong username or password',
  },
  FORBIDDEN_ROLE: {
    status: 403,
    vi: 'Tài khoản của bạn không được phép thực hiện việc này.',
    en: 'your role may not do this',
  },
  FORBIDDEN_UNIT: {
    status: 403,
    vi: 'Tài khoản của bạn không được xem thông tin của đơn vị này.',
    en: 'your unit may not read this unit',
  },
  LOGIN_THROTTLED: {
    status: 429,
    vi: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ít phút.',
    en: 'too many failed logins; try again later',
  },
  PASSWORD_CHANGE_REQUIRED: {
    status: 403,
    vi: 'Hãy đổi mật khẩu trước khi tiếp tục.',
    en: 'change the password first',
  },
  WEAK_PASSWORD: { status: 400, vi: 'Mật khẩu mới chưa đủ mạnh.', en: 'the new password is too weak' },
  WRONG_CURRENT_PASSWORD: {
    status: 400,
    vi: 'Mật khẩu hiện tại không đúng.',
    en: 'the current password is wrong',
  },
  PASSWORD_UNCHANGED: {
    status: 400,
    vi: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
    en: 'the new password is the current one',
  },
  USER_NOT_FOUND: { status: 404, vi: 'Không tìm thấy tài khoản này.', en: 'no such user' },
  SYSTEM_ACCOUNT: {
    status: 409,
    vi: 'Đây là tài khoản hệ thống, không đăng nhập bằng mật khẩu.',
    en: 'a system account has no password',
  },
  CANNOT_DEACTIVATE_SELF: {
    status: 409,
    vi: 'Không thể tự khóa tài khoản của chính mình.',
    en: 'an administrator cannot deactivate their own account',
  },
  UNKNOWN_UNIT: {
    status: 422,
    vi: 'Không tìm thấy đơn vị này trong danh mục đơn vị.',
    en: 'no such unit in the organization file',
  },

  // Procedures and the calendar.
  UNKNOWN_PROCEDURE: {
    status: 422,
    vi: 'Thủ tục đã chọn không có hoặc chưa có hiệu lực.',
    en: 'no such procedure, or not in effect',
  },
  UNKNOWN_REVISION: { status: 422, vi: 'Không có phiên bản quy trình này.', en: 'no such revision' },
  INVALID_STEP_MAPPING: {
    status: 422,
    vi: 'Cách chuyển bước sang quy trình mới không hợp lệ.',
    en: 'the step mapping is not valid',
  },
  NOT_MIGRATABLE: {
    status: 422,
    vi: 'Hồ sơ này không chuyển sang quy trình mới được.',
    en: 'the dossier cannot move to the new revision',
  },
  CALENDAR_YEAR_NOT_COVERED: {
    status: 404,
    vi: 'Chưa có lịch làm việc của năm này.',
    en: 'the calendar does not cover this year',
  },

  // Dossiers: reception, actions, assignment, transfer, consultation.
  DOSSIER_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy hồ sơ: mã hồ sơ không đúng, hoặc tài khoản của bạn không được xem hồ sơ này.',
    en: 'no such dossier',
  },
  MISSING_DOCUMENTS: {
    status: 422,
    vi: 'Còn thiếu giấy tờ bắt buộc. Hãy yêu cầu bổ sung hoặc từ chối tiếp nhận.',
    en: 'required documents are missing',
  },
  UNKNOWN_DOCUMENT: {
    status: 422,
    vi: 'Giấy tờ đã chọn không có trong thành phần hồ sơ của thủ tục.',
    en: 'the procedure has no such document',
  },
  NOT_RECEPTION_UNIT: {
    status: 403,
    vi: 'Chỉ bộ phận tiếp nhận của đơn vị nhận hồ sơ được làm việc này.',
    en: 'only the receiving unit’s reception may do this',
  },
  VERSION_CONFLICT: {
    status: 409,
    vi: 'Hồ sơ vừa được người khác cập nhật. Hãy tải lại trang rồi thao tác lại.',
    en: 'the dossier changed: reload it and try again',
  },
  ACTION_NOT_ALLOWED: {
    status: 422,
    vi: 'Thao tác này không còn thực hiện được ở bước hiện tại của hồ sơ. Hãy tải lại trang.',
    en: 'the action is not allowed at the current step',
  },
  GUARD_FAILED: {
    status: 422,
    vi: 'Hồ sơ chưa đủ điều kiện cho thao tác này.',
    en: 'the dossier does not meet the condition of this action',
  },
  NOT_STEP_OWNER: {
    status: 403,
    vi: 'Bạn không giữ bước hiện tại của hồ sơ nên không thao tác được.',
    en: 'you do not hold the current step',
  },
  NOT_ON_ROUTE: {
    status: 403,
    vi: 'Đơn vị của bạn không tham gia giải quyết hồ sơ này.',
    en: 'your unit is not on the dossier’s route',
  },
  REASON_REQUIRED: { status: 422, vi: 'Hãy nhập lý do.', en: 'a reason is required' },
  INVALID_APPOINTMENT: {
    status: 422,
    vi: 'Ngày hẹn trả mới không hợp lệ: hãy chọn một ngày làm việc sau ngày hẹn cũ.',
    en: 'the new appointment is not valid',
  },
  NOT_YET_STARTED: {
    status: 409,
    vi: 'Hồ sơ chưa bắt đầu được giải quyết. Hãy chờ giây lát rồi tải lại trang.',
    en: 'the dossier has not started yet',
  },
  INVALID_ASSIGNEE: {
    status: 422,
    vi: 'Người được chọn không thuộc đơn vị, vai trò của bước này.',
    en: 'the assignee does not hold the step’s unit and role',
  },
  // 409, not 503: the request is sound but the agency's day has no number left; retrying cannot help until tomorrow.
  DAILY_SEQUENCE_EXHAUSTED: {
    status: 409,
    vi: 'Đã hết số hồ sơ trong ngày. Hãy báo quản trị hệ thống.',
    en: 'the agency has no dossier code left for today',
  },
  INVALID_CURSOR: {
    status: 400,
    vi: 'Trang danh sách không còn hợp lệ. Hãy tải lại trang.',
    en: 'the cursor is not valid',
  },
  ALREADY_EXTENDED: {
    status: 422,
    vi: 'Hồ sơ đã được gia hạn một lần; không gia hạn thêm.',
    en: 'the dossier was already extended once',
  },
  ACCESS_LOG_FILTER_REQUIRED: {
    status: 400,
    vi: 'Hãy chọn hồ sơ hoặc người dùng để xem nhật ký truy cập.',
    en: 'filter the access log by dossier or user',
  },
  INVALID_IDEMPOTENCY_KEY: {
    status: 400,
    vi: 'Yêu cầu không hợp lệ. Hãy tải lại trang rồi thử lại.',
    en: 'the Idempotency-Key header is not valid',
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    vi: 'Yêu cầu này đã được gửi với nội dung khác. Hãy tải lại trang.',
    en: 'the Idempotency-Key was used with another body',
  },
  TRANSFER_NOT_ALLOWED: {
    status: 422,
    vi: 'Bạn không được chuyển hồ sơ này sang cơ quan khác.',
    en: 'you may not transfer this dossier',
  },
  TRANSFER_SAME_AGENCY: {
    status: 422,
    vi: 'Thủ tục được chọn thuộc chính cơ quan đang giải quyết; hãy chọn cơ quan khác.',
    en: 'the target procedure belongs to the same agency',
  },
  CONSULTATION_OPEN: {
    status: 409,
    vi: 'Đơn vị này đang được xin ý kiến về hồ sơ và chưa trả lời.',
    en: 'this unit is already consulted and has not answered',
  },
  CONSULTATION_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy yêu cầu xin ý kiến này.',
    en: 'no such consultation',
  },
  CONSULTATION_ANSWERED: {
    status: 409,
    vi: 'Yêu cầu xin ý kiến này đã được trả lời.',
    en: 'the consultation is already answered',
  },
  NOT_CONSULTED: {
    status: 403,
    vi: 'Đơn vị của bạn không được xin ý kiến về hồ sơ này.',
    en: 'your unit is not consulted',
  },
  BRANCH_REQUIRED: {
    status: 422,
    vi: 'Hãy chọn nhánh giải quyết để thao tác.',
    en: 'name the branch to act on',
  },
  BRANCH_NOT_OPEN: {
    status: 422,
    vi: 'Nhánh giải quyết này đã xong hoặc đã đóng.',
    en: 'the branch is done or closed',
  },
  SUPPLEMENT_NOT_AWAITED: {
    status: 409,
    vi: 'Hồ sơ không ở trạng thái chờ bổ sung.',
    en: 'the dossier is not waiting for a supplement',
  },
  NO_RECEPTION_DESK: {
    status: 422,
    vi: 'Đơn vị của bạn không có bộ phận tiếp nhận hồ sơ.',
    en: 'the unit has no reception desk',
  },

  // Fees and the hand-over of the result.
  FEES_UNPAID: {
    status: 422,
    vi: 'Hồ sơ chưa nộp đủ phí, lệ phí. Hãy ghi nhận khoản thu trước khi trả kết quả.',
    en: 'the fees are not paid in full',
  },
  PAYMENT_NOT_COLLECTED: {
    status: 422,
    vi: 'Thủ tục này không thu phí, lệ phí tại bộ phận một cửa.',
    en: 'the procedure’s fees are not collected at the desk',
  },
  PAYMENT_NOT_OPEN: {
    status: 422,
    vi: 'Hồ sơ đã kết thúc hoặc chưa được tiếp nhận: không ghi nhận khoản thu.',
    en: 'the dossier takes no payment now',
  },
  OVERPAYMENT: {
    status: 422,
    vi: 'Số tiền vượt quá số còn phải nộp.',
    en: 'the amount exceeds what is due',
  },
  RECEIPT_NUMBER_TAKEN: {
    status: 409,
    vi: 'Số biên lai này đã được dùng cho một khoản thu khác.',
    en: 'the receipt number is already used',
  },
  PAYMENT_TRANSACTION_CONFLICT: {
    status: 409,
    vi: 'Giao dịch thanh toán này đã được ghi nhận với nội dung khác.',
    en: 'the transaction was recorded with another content',
  },
  COLLECTOR_REQUIRED: {
    status: 422,
    vi: 'Hãy ghi người nhận kết quả.',
    en: 'name who collects the result',
  },
  COLLECTOR_NOT_APPLICANT: {
    status: 422,
    vi: 'Số định danh không khớp với người nộp hồ sơ.',
    en: 'the id number is not the applicant’s',
  },
  INVALID_COLLECTOR: {
    status: 422,
    vi: 'Thông tin người nhận kết quả chưa đầy đủ.',
    en: 'the collector’s details are incomplete',
  },

  // A dossier's files.
  NO_FILES: { status: 400, vi: 'Hãy chọn ít nhất một tệp.', en: 'no file was sent' },
  TOO_MANY_FILES: { status: 400, vi: 'Chọn quá nhiều tệp trong một lần.', en: 'too many files at once' },
  UNSUPPORTED_FILE_TYPE: {
    status: 415,
    vi: 'Chỉ nhận tệp PDF, JPEG hoặc PNG.',
    en: 'only PDF, JPEG and PNG files are accepted',
  },
  FILE_TOO_LARGE: { status: 413, vi: 'Tệp vượt quá dung lượng tối đa.', en: 'the file is too large' },
  DOSSIER_FILES_TOO_LARGE: {
    status: 413,
    vi: 'Các tệp của hồ sơ vượt quá dung lượng tối đa.',
    en: 'the dossier’s files exceed their total size',
  },
  DOCUMENT_TOO_LARGE: {
    status: 422,
    vi: 'Các tệp của thành phần hồ sơ này vượt quá dung lượng tối đa.',
    en: 'the document’s files are too large',
  },
  UNKNOWN_COMPONENT: {
    status: 422,
    vi: 'Thành phần hồ sơ này không có trong thủ tục.',
    en: 'the procedure has no such component',
  },
  NOT_AT_RECEPTION_DESK: {
    status: 403,
    vi: 'Việc này chỉ làm được khi hồ sơ đang ở bộ phận tiếp nhận.',
    en: 'only while the dossier is at the reception desk',
  },
  NOT_STEP_HOLDER: {
    status: 403,
    vi: 'Chỉ người đang xử lý bước hiện tại của hồ sơ mới làm được việc này.',
    en: 'only the holder of the current step may do this',
  },
  DOSSIER_CLOSED: {
    status: 409,
    vi: 'Hồ sơ đã kết thúc; không đính kèm thêm tệp.',
    en: 'the dossier is closed',
  },
  FILE_NOT_FOUND: { status: 404, vi: 'Không tìm thấy tệp này.', en: 'no such file' },
  NOT_A_COMPONENT_FILE: {
    status: 422,
    vi: 'Chỉ tệp của thành phần hồ sơ mới được đối chiếu bản giấy.',
    en: 'only a component’s file is checked against paper',
  },
  BAD_UPLOAD: {
    status: 400,
    vi: 'Tệp tải lên không đọc được. Hãy chọn lại tệp.',
    en: 'the upload cannot be read',
  },

  // The result.
  RESULT_NOT_FOUND: { status: 404, vi: 'Hồ sơ chưa có kết quả điện tử.', en: 'the dossier has no result' },
  RESULT_ALREADY_ISSUED: {
    status: 409,
    vi: 'Kết quả của hồ sơ đã được ký số.',
    en: 'the result is already signed',
  },
  RESULT_DECISION_REQUIRED: {
    status: 422,
    vi: 'Hãy nhập nội dung kết quả hoặc tải lên tệp PDF.',
    en: 'give the decision text or a PDF',
  },
  RESULT_INVALID_DATE: {
    status: 422,
    vi: 'Ngày ban hành không hợp lệ.',
    en: 'the document date is not valid',
  },
  RESULT_NOT_AT_RESULT_STEP: {
    status: 409,
    vi: 'Hồ sơ chưa đến bước ký hoặc ban hành kết quả.',
    en: 'the dossier is not at its result step',
  },
  RESULT_NOT_RECORDABLE: {
    status: 409,
    vi: 'Không ghi kết quả được cho hồ sơ ở tình trạng này.',
    en: 'no result can be recorded in this state',
  },
  RESULT_NOT_RETURNED: {
    status: 409,
    vi: 'Kết quả chưa được trả cho công dân.',
    en: 'the result is not returned yet',
  },
  RESULT_NOT_STEP_OWNER: {
    status: 403,
    vi: 'Chỉ người giữ bước ký hoặc ban hành kết quả mới ghi được kết quả.',
    en: 'only the holder of the result step may record it',
  },
  RESULT_NOT_PDF: { status: 415, vi: 'Tệp kết quả phải là PDF.', en: 'the result must be a PDF' },
  RESULT_PDF_UNSIGNABLE: {
    status: 422,
    vi: 'Tệp PDF này không ký số được. Hãy xuất lại tệp rồi thử lại.',
    en: 'the PDF cannot be signed',
  },
  RESULT_TOO_LARGE: {
    status: 413,
    vi: 'Tệp kết quả vượt quá dung lượng tối đa.',
    en: 'the result file is too large',
  },
  SIGNING_NOT_CONFIGURED: {
    status: 503,
    vi: 'Chưa cấu hình chứng thư số của cơ quan. Hãy báo quản trị hệ thống.',
    en: 'the agency’s signing certificate is not configured',
  },

  // Forms, reports, notifications.
  FORM_UNKNOWN: { status: 404, vi: 'Không có biểu mẫu này.', en: 'no such form' },
  FORM_NOT_APPLICABLE: {
    status: 409,
    vi: 'Biểu mẫu này không áp dụng cho hồ sơ ở tình trạng hiện tại.',
    en: 'the form does not apply to the dossier now',
  },
  FORM_FORBIDDEN: {
    status: 403,
    vi: 'Tài khoản của bạn không được xem sổ theo dõi của đơn vị này.',
    en: 'you may not read this unit’s tracking book',
  },
  BAD_PERIOD: {
    status: 400,
    vi: 'Khoảng thời gian không hợp lệ: ngày bắt đầu phải trước ngày kết thúc, tối đa 366 ngày.',
    en: 'the period is not valid',
  },
  PERIOD_NOT_STARTED: {
    status: 400,
    vi: 'Kỳ báo cáo chưa bắt đầu: chưa có số liệu để tổng hợp.',
    en: 'the period has not started',
  },
  TOO_MANY_BUCKETS: {
    status: 400,
    vi: 'Khoảng thời gian quá dài cho cách chia đã chọn.',
    en: 'the period spans too many intervals',
  },
  BAD_YEAR: {
    status: 400,
    vi: 'Năm xem xét không hợp lệ: nhập năm bốn chữ số, từ năm 2000 đến năm hiện tại.',
    en: 'the year is not valid',
  },
  UNKNOWN_AGENCY: {
    status: 400,
    vi: 'Không tìm thấy cơ quan này trong danh mục đơn vị.',
    en: 'no such agency in the organization file',
  },
  NOTIFICATION_NOT_FOUND: { status: 404, vi: 'Không tìm thấy thông báo này.', en: 'no such notification' },

  // The public service portal: the citizen's lookup, signed intake and status sync.
  RATE_LIMITED: {
    status: 429,
    vi: 'Bạn thao tác quá nhanh. Vui lòng chờ một lát rồi thử lại.',
    en: 'too many lookups; wait a moment',
  },
  ALREADY_RATED: { status: 409, vi: 'Hồ sơ đã được đánh giá.', en: 'the dossier is already rated' },
  PORTAL_UNKNOWN_CLIENT: {
    status: 401,
    vi: 'Hệ thống gửi không có trong danh sách được kết nối.',
    en: 'unknown portal client',
  },
  PORTAL_BAD_SIGNATURE: { status: 401, vi: 'Chữ ký của yêu cầu không đúng.', en: 'bad signature' },
  PORTAL_STALE_TIMESTAMP: {
    status: 401,
    vi: 'Thời điểm ký của yêu cầu quá cũ hoặc sai lệch.',
    en: 'stale timestamp',
  },
  PORTAL_REPLAYED_NONCE: { status: 401, vi: 'Yêu cầu này đã được gửi trước đó.', en: 'replayed nonce' },
  PORTAL_DOSSIER_CONFLICT: {
    status: 409,
    vi: 'Mã hồ sơ này đã được nhận với nội dung khác.',
    en: 'the dossier was received with another content',
  },
  PORTAL_UNKNOWN_DOSSIER: {
    status: 404,
    vi: 'Không có hồ sơ nào được nhận từ cổng với mã này.',
    en: 'no dossier from the portal with this code',
  },
  // Improvement: simulating a draft revision of a procedure.
  INVALID_DRAFT_PROCEDURE: {
    status: 422,
    vi: 'Tệp quy trình dự thảo không hợp lệ: xem danh sách lỗi theo dòng.',
    en: 'the draft procedure file is not valid',
  },
  DRAFT_NOT_SIMULABLE: {
    status: 422,
    vi: 'Chưa mô phỏng được quy trình có các nhánh xử lý song song.',
    en: 'a procedure with parallel branches cannot be simulated',
  },
  UNKNOWN_SIMULATION_STEP: {
    status: 422,
    vi: 'Giả định thời gian nêu một bước không có trong quy trình dự thảo.',
    en: 'an assumption names a step the draft does not have',
  },
  SYNC_MESSAGE_NOT_PARKED: {
    status: 404,
    vi: 'Bản tin đồng bộ này không ở trạng thái chờ gửi lại.',
    en: 'no parked sync message with this id',
  },
} as const satisfies Record<string, ErrorEntry>;

export type ErrorCode = keyof typeof ERROR_CATALOG;
