import { messagesFor, type Lang, type Messages } from '@motcua/source';

/** What the diagram says besides the procedure's own names, in one language. */
export interface DiagramWords {
  messages: Messages;
  resultReady: string;
  limitWhenTaken: (limit: string) => string;
  fork: (branches: number, join: string) => string;
  all: string;
  joined: string;
  anyStep: string;
  atMost: (n: number) => string;
  event: (name: string) => string;
  guard: (name: string) => string;
  role: (role: string) => string;
  end: Record<'done' | 'refused' | 'withdrawn' | 'stopped', string>;
  /** Whether the transitions show the registry actions they run (the engine's names, for those who write files). */
  actions: boolean;
}

const ENGLISH: DiagramWords = {
  messages: messagesFor('en'),
  resultReady: ' (result ready)',
  limitWhenTaken: (limit) => `limit + ${limit} when taken`,
  fork: (n, join) => `${n} branches, join ${join}`,
  all: 'all',
  joined: 'joined',
  anyStep: 'any step',
  atMost: (n) => `at most ${n}`,
  event: (name) => name,
  guard: (name) => name,
  role: (role) => role,
  end: { done: 'done', refused: 'refused', withdrawn: 'withdrawn', stopped: 'stopped' },
  actions: true,
};

// The console's words for the same actions (apps/web/src/labels.ts), so the diagram reads as the buttons do.
const EVENTS: Record<string, string> = {
  forward: 'Chuyển xử lý',
  submit: 'Trình duyệt',
  approve: 'Phê duyệt',
  sign: 'Ký duyệt',
  send_back: 'Trả lại bước trước',
  hand_over: 'Trả kết quả',
  transfer_result: 'Chuyển kết quả về Một cửa',
  request_verification: 'Đề nghị xác minh',
  reply: 'Trả lời xác minh',
  ask_opinions: 'Lấy ý kiến các cơ quan',
  register: 'Đăng ký xong',
  issue: 'Đã cấp',
  next: 'Chuyển bước tiếp',
  request_supplement: 'Yêu cầu bổ sung',
  supplement_received: 'Nhận bổ sung',
  extend: 'Xin lỗi và gia hạn',
  refuse: 'Từ chối',
  withdraw: 'Công dân rút hồ sơ',
  stop: 'Dừng xử lý',
};

const GUARDS: Record<string, string> = {
  feesPaid: 'đã nộp phí',
  hasComment: 'có lý do',
};

const ROLES: Record<string, string> = {
  reception: 'Tiếp nhận và trả kết quả',
  officer: 'Chuyên viên',
  head: 'Trưởng phòng',
  leader: 'Lãnh đạo',
};

const VIETNAMESE: DiagramWords = {
  messages: messagesFor('vi'),
  resultReady: ' (có kết quả)',
  limitWhenTaken: (limit) => `thời hạn thêm ${limit} khi thực hiện`,
  fork: (n, join) => `${n} nhánh song song, hợp lại khi xong ${join}`,
  all: 'tất cả',
  joined: 'Hợp nhánh',
  anyStep: 'Mọi bước',
  atMost: (n) => `tối đa ${n} lần`,
  event: (name) => EVENTS[name] ?? name,
  guard: (name) => GUARDS[name] ?? name,
  role: (role) => ROLES[role] ?? role,
  end: { done: 'Hoàn thành', refused: 'Từ chối', withdrawn: 'Rút hồ sơ', stopped: 'Dừng xử lý' },
  actions: false,
};

export const diagramWords = (lang: Lang): DiagramWords => (lang === 'vi' ? VIETNAMESE : ENGLISH);
