import type { SupplementExpiry } from '@motcua/dossier';
import { vietnameseInstant, type NotificationText } from './notification-text.rules';

const LIMIT_UNIT: Record<string, string> = {
  working_hour: 'giờ làm việc',
  working_day: 'ngày làm việc',
  day: 'ngày',
  month: 'tháng',
};

const WHAT_NOW: Record<string, string> = {
  flag: 'Đề nghị bộ phận tiếp nhận liên hệ công dân hoặc xử lý hồ sơ theo quy định.',
  withdraw: 'Theo cấu hình, hồ sơ đã được coi như công dân rút hồ sơ.',
  stop: 'Theo cấu hình, hồ sơ đã bị dừng giải quyết; cần gửi thông báo dừng (mẫu 05) cho công dân.',
  refuse:
    'Theo cấu hình, hồ sơ chưa được tiếp nhận nên đã bị từ chối tiếp nhận; cần gửi phiếu từ chối (mẫu 03).',
};

/** What reception reads when a supplement wait passed its limit: the dossier, the limit, and what was done. */
export function supplementWaitText(
  expiry: Pick<SupplementExpiry, 'endsAt' | 'policy' | 'outcome' | 'missingItems'>,
  dossier: { code: string; procedureName: string },
): NotificationText {
  const { amount, unit } = expiry.policy.limit;
  const done = expiry.outcome.kind === 'flag' ? 'flag' : expiry.outcome.action;
  return {
    title: `Hồ sơ ${dossier.code} quá thời hạn chờ bổ sung`,
    body:
      `Hồ sơ ${dossier.code} (${dossier.procedureName}) chờ công dân bổ sung quá ${amount} ${LIMIT_UNIT[unit] ?? unit} ` +
      `(hết hạn lúc ${vietnameseInstant(expiry.endsAt)}). ` +
      (expiry.missingItems.length ? `Giấy tờ còn thiếu: ${expiry.missingItems.join('; ')}. ` : '') +
      WHAT_NOW[done],
  };
}
