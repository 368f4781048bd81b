import type { DossierStatus } from '@motcua/dossier';

/** What a progress entry (NoiDungXuLy) says of an event: Vietnamese, as the citizen reads it on the portal. */
const ACTION_LABELS: Record<string, string> = {
  receive: 'Tiếp nhận hồ sơ',
  accept: 'Tiếp nhận hồ sơ trực tuyến',
  request_documents: 'Hướng dẫn bổ sung hồ sơ trước khi tiếp nhận',
  intake: 'Chuyển hồ sơ vào quy trình giải quyết',
  forward: 'Chuyển xử lý',
  submit: 'Trình duyệt',
  approve: 'Phê duyệt',
  sign: 'Ký duyệt',
  send_back: 'Trả lại bước trước để xử lý lại',
  hand_over: 'Trả kết quả cho công dân',
  transfer_result: 'Chuyển kết quả về Bộ phận Một cửa',
  request_verification: 'Đề nghị xác minh',
  reply: 'Trả lời xác minh',
  request_supplement: 'Yêu cầu bổ sung, hoàn thiện hồ sơ',
  supplement_received: 'Tiếp nhận hồ sơ bổ sung',
  supplement_submitted: 'Công dân nộp hồ sơ bổ sung trực tuyến',
  supplement_wait_expired: 'Quá hạn bổ sung hồ sơ',
  refuse: 'Từ chối giải quyết hồ sơ',
  withdraw: 'Công dân rút hồ sơ',
  stop: 'Dừng giải quyết hồ sơ',
  extend: 'Xin lỗi và hẹn lại ngày trả kết quả',
  assign: 'Phân công xử lý',
  comment: 'Cho ý kiến xử lý',
  migrate_revision: 'Áp dụng quy trình nội bộ sửa đổi',
  transfer: 'Chuyển hồ sơ đến cơ quan có thẩm quyền giải quyết',
  consult: 'Xin ý kiến đơn vị liên quan',
  consult_answer: 'Đơn vị được xin ý kiến trả lời',
  record_result: 'Ban hành kết quả giải quyết, ký số',
};

/** Statuses a dossier has before reception decides on it: a refusal then is a refusal to receive (form 03). */
const BEFORE_RECEPTION: ReadonlyArray<DossierStatus | null> = [null, 'submitted', 'awaiting_documents'];

export interface LabelledEvent {
  action: string;
  comment: string | null;
  fromStatus: DossierStatus | null;
  toStatus: DossierStatus;
  toStep: string | null;
}

/**
 * Pure: the Vietnamese label of an event, then its comment. A procedure's own action names are not known here: they
 * read as the step the dossier moves to ("Chuyển bước: Thẩm định hồ sơ"), never as the raw name.
 */
export function processingContent(
  event: LabelledEvent,
  stepName: (id: string) => string | undefined,
): string {
  const step = event.toStep ? stepName(event.toStep) : undefined;
  let label: string;
  if (event.action === 'submit' && event.toStatus === 'submitted') label = 'Nộp hồ sơ trực tuyến';
  else if (event.action === 'refuse' && BEFORE_RECEPTION.includes(event.fromStatus))
    label = 'Từ chối tiếp nhận hồ sơ';
  else if (event.action === 'send_back' && step) label = `Trả lại bước “${step}” để xử lý lại`;
  else
    label =
      ACTION_LABELS[event.action] ?? (step ? `Chuyển bước: ${step}` : 'Xử lý hồ sơ theo quy trình nội bộ');
  return event.comment ? `${label}: ${event.comment}` : label;
}
