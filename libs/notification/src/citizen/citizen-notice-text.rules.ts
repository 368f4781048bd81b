import { vietnameseInstant } from '../notification-text.rules';
import type { CitizenNoticeFacts, CitizenNoticeKind } from './citizen-notice.types';

/** What the texts say beyond the change's facts, read when the notice is sent. */
export interface CitizenNoticeContext {
  code: string;
  lookupKey: string;
  procedureName: string;
  /** The one-stop unit that received the dossier: where the result is collected and papers are brought. */
  receivingUnit: string;
  /** The competent agency, in whose name an apology or a refusal to resolve is issued. */
  agency: string;
  /** The citizen's page, with code and key. */
  link: string;
}

export interface CitizenMessage {
  subject: string;
  body: string;
  /** Short, for one or two SMS segments; diacritics are taken off by the SMS channel when the gateway needs it. */
  sms: string;
}

const when = (at: string | null | undefined): string =>
  at ? vietnameseInstant(new Date(at)) : 'chưa xác định';
const SMS_ITEMS_MAX = 90;

const shortList = (items: string[]): string => {
  const all = items.join('; ');
  return all.length <= SMS_ITEMS_MAX ? all : `${all.slice(0, SMS_ITEMS_MAX - 1).trimEnd()}…`;
};

/** Pure: the e-mail and the SMS of a notice, in Vietnamese. */
export function citizenMessage(
  kind: CitizenNoticeKind,
  facts: CitizenNoticeFacts,
  c: CitizenNoticeContext,
): CitizenMessage {
  const footer = [
    '',
    `Mã hồ sơ: ${c.code}`,
    `Mã tra cứu: ${c.lookupKey}`,
    `Tra cứu tình trạng hồ sơ: ${c.link}`,
    '',
    'Không cung cấp mã tra cứu cho người không liên quan. Đây là thư tự động, xin không trả lời thư này.',
  ];
  const mail = (subject: string, lines: string[], sms: string): CitizenMessage => ({
    subject,
    body: ['Kính gửi ông/bà,', '', ...lines, ...footer].join('\n'),
    sms: `${sms} Tra cứu: ${c.link}`,
  });
  switch (kind) {
    case 'accepted':
      return mail(
        `Hồ sơ ${c.code} đã được tiếp nhận`,
        [
          `${c.receivingUnit} đã tiếp nhận hồ sơ thủ tục "${c.procedureName}" của ông/bà.`,
          `Ngày hẹn trả kết quả: ${when(facts.appointmentAt)}.`,
        ],
        `Hồ sơ ${c.code} đã được tiếp nhận. Hẹn trả: ${when(facts.appointmentAt)}. Mã tra cứu: ${c.lookupKey}.`,
      );
    case 'supplement_requested': {
      const items = facts.items ?? [];
      return mail(
        `Hồ sơ ${c.code}: đề nghị bổ sung hồ sơ`,
        [
          `Hồ sơ thủ tục "${c.procedureName}" của ông/bà cần được bổ sung${facts.reason ? `: ${facts.reason}` : ''}.`,
          ...(items.length ? ['Giấy tờ cần bổ sung:', ...items.map((i) => `- ${i}`)] : []),
          `Ông/bà mang giấy tờ tới ${c.receivingUnit} hoặc nộp bổ sung trên Cổng Dịch vụ công.`,
        ],
        `Hồ sơ ${c.code} cần bổ sung${items.length ? `: ${shortList(items)}` : ''}.`,
      );
    }
    case 'extended':
      return mail(
        `Hồ sơ ${c.code}: thư xin lỗi và hẹn lại ngày trả kết quả`,
        [
          `${c.agency} xin lỗi ông/bà vì chưa trả kết quả hồ sơ thủ tục "${c.procedureName}" đúng hẹn` +
            `${facts.previousAppointmentAt ? ` (${when(facts.previousAppointmentAt)})` : ''}.`,
          ...(facts.reason ? [`Lý do: ${facts.reason}.`] : []),
          `Ngày hẹn trả kết quả mới: ${when(facts.appointmentAt)}.`,
        ],
        `${c.agency} xin lỗi: hồ sơ ${c.code} chưa trả đúng hẹn. Hẹn trả mới: ${when(facts.appointmentAt)}.`,
      );
    case 'result_ready':
      return mail(
        `Hồ sơ ${c.code} đã có kết quả`,
        [
          `Hồ sơ thủ tục "${c.procedureName}" của ông/bà đã có kết quả.`,
          `Mời ông/bà nhận kết quả tại ${c.receivingUnit} trong giờ làm việc, mang theo giấy tiếp nhận và giấy tờ tùy thân ` +
            '(người nhận thay mang theo giấy ủy quyền).',
        ],
        `Hồ sơ ${c.code} đã có kết quả. Mời ông/bà nhận tại ${c.receivingUnit}.`,
      );
    case 'refused': {
      const what = facts.atReception ? 'không được tiếp nhận' : 'bị từ chối giải quyết';
      return mail(
        `Hồ sơ ${c.code} ${what}`,
        [
          `Hồ sơ thủ tục "${c.procedureName}" của ông/bà ${what}` +
            `${facts.atReception ? '' : ` (${c.agency})`}.`,
          `Lý do: ${facts.reason ?? 'nêu trong văn bản từ chối'}.`,
          'Văn bản từ chối được trả cho ông/bà cùng hồ sơ.',
        ],
        `Hồ sơ ${c.code} ${what}. Lý do: ${facts.reason ?? 'xem văn bản từ chối'}.`,
      );
    }
  }
}

/** Vietnamese without diacritics (đ → d), for gateways that take only unaccented text. */
export const withoutDiacritics = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/…/g, '...');
