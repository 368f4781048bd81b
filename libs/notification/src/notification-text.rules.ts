import { toVietnamIso, type YearSchedule } from '@motcua/calendar';
import type { EscalationLevel, FlagName } from './notification.types';

export interface NotificationText {
  title: string;
  body: string;
}

/** What the texts say about a dossier. */
export interface DossierFacts {
  code: string;
  procedureName: string;
  applicantName: string;
  /** The step's name and its unit's name, when the dossier is at a step. */
  stepName: string | null;
  unitName: string | null;
  stepDueAt: Date | null;
  dueAt: Date | null;
}

/** `14:30 ngày 23/11/2026`, Vietnam time. */
export function vietnameseInstant(at: Date): string {
  const iso = toVietnamIso(at);
  return `${iso.slice(11, 16)} ngày ${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

const when = (at: Date | null): string => (at ? vietnameseInstant(at) : 'chưa xác định');

function headline(flag: FlagName, d: DossierFacts): string {
  const step = d.stepName ? ` bước ${d.stepName}` : '';
  switch (flag) {
    case 'overdue':
      return `Hồ sơ ${d.code} quá hạn giải quyết`;
    case 'step_overdue':
      return `Hồ sơ ${d.code} quá hạn${step}`;
    case 'due_soon':
      return `Hồ sơ ${d.code} sắp đến hạn${step ? ` (${step.trim()})` : ''}`;
    case 'stalled':
      return `Hồ sơ ${d.code} chưa được xử lý${d.stepName ? ` tại bước ${d.stepName}` : ''}`;
  }
}

const STATE: Record<FlagName, string> = {
  overdue: 'đã quá hạn trả kết quả',
  step_overdue: 'đã quá thời hạn xử lý của bước',
  due_soon: 'sắp đến hạn xử lý',
  stalled: 'không có thao tác xử lý hay ý kiến nào trong thời gian quy định',
};

function ask(flag: FlagName, level: EscalationLevel, raisedAt: Date): string {
  if (level === 2) {
    return (
      `Người xử lý đã được nhắc lúc ${vietnameseInstant(raisedAt)} nhưng hồ sơ vẫn chưa được khắc phục; ` +
      'đề nghị lãnh đạo đơn vị chỉ đạo xử lý.'
    );
  }
  if (level === 3) {
    return (
      'Người xử lý và lãnh đạo đơn vị đã được nhắc nhưng hồ sơ vẫn chưa được khắc phục; ' +
      'báo cáo để giám sát, đôn đốc.'
    );
  }
  return flag === 'due_soon' ? 'Đề nghị ưu tiên xử lý để bảo đảm đúng hạn.' : 'Đề nghị xử lý hồ sơ ngay.';
}

function where(d: DossierFacts): string[] {
  return [
    `Thủ tục: ${d.procedureName}.`,
    `Chủ hồ sơ: ${d.applicantName}.`,
    ...(d.stepName
      ? [`Bước: ${d.stepName}${d.unitName ? ` (${d.unitName})` : ''}, hạn bước ${when(d.stepDueAt)}.`]
      : []),
    `Hạn trả kết quả: ${when(d.dueAt)}.`,
  ];
}

/** A raised flag, as told to the recipients of an escalation level. */
export function flagText(
  flag: FlagName,
  level: EscalationLevel,
  raisedAt: Date,
  d: DossierFacts,
): NotificationText {
  return {
    title: headline(flag, d),
    body: [
      `Hồ sơ ${d.code} ${STATE[flag]} (phát hiện lúc ${vietnameseInstant(raisedAt)}).`,
      ...where(d),
      ask(flag, level, raisedAt),
    ].join('\n'),
  };
}

/**
 * The reminder to issue the apology-and-extension letter (form 04), which must go out at least one working day
 * before the appointment (`letterDueAt`); `late`: that instant has passed.
 */
export function apologyText(d: DossierFacts, letterDueAt: Date, late: boolean, now: Date): NotificationText {
  const appointment = when(d.dueAt);
  if (!late) {
    return {
      title: `Hồ sơ ${d.code}: cần ban hành văn bản xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04)`,
      body: [
        `Hồ sơ ${d.code} có nguy cơ trễ hẹn trả kết quả (${appointment}).`,
        ...where(d),
        'Nếu không thể trả kết quả đúng hẹn, văn bản xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04) phải được ' +
          `ban hành chậm nhất ${vietnameseInstant(letterDueAt)}, tức một ngày làm việc trước ngày hẹn trả.`,
      ].join('\n'),
    };
  }
  const passed = d.dueAt !== null && now.getTime() > d.dueAt.getTime();
  return {
    title: `Hồ sơ ${d.code}: đã quá thời hạn ban hành văn bản xin lỗi (Mẫu 04)`,
    body: [
      passed
        ? `Hồ sơ ${d.code} đã quá hạn trả kết quả (${appointment}).`
        : `Hồ sơ ${d.code} còn chưa đến một ngày làm việc trước hạn trả kết quả (${appointment}).`,
      ...where(d),
      'Văn bản xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04) lẽ ra phải được ban hành chậm nhất ' +
        `${vietnameseInstant(letterDueAt)}; đề nghị ban hành ngay.`,
    ].join('\n'),
  };
}

/** What a calendar change moved: the old and new instants, and the years whose schedule moved them. */
export interface CalendarMove {
  dueAt: { from: Date; to: Date } | null;
  stepDueAt: { from: Date; to: Date } | null;
  calendar: Pick<YearSchedule, 'year' | 'status'>[];
}

/** A calendar change (a provisional year confirmed, a swap announced) moved the due instants of a running dossier. */
export function calendarMoveText(d: DossierFacts, move: CalendarMove): NotificationText {
  const years = move.calendar
    .map((s) => `${s.year}${s.status === 'provisional' ? ' (dự kiến)' : ''}`)
    .join(', ');
  return {
    title: `Hồ sơ ${d.code}: thời hạn thay đổi theo lịch làm việc năm ${years}`,
    body: [
      `Lịch làm việc năm ${years} đã được cập nhật; thời hạn của hồ sơ ${d.code} được tính lại.`,
      ...(move.dueAt
        ? [`Hạn trả kết quả: ${vietnameseInstant(move.dueAt.from)} → ${vietnameseInstant(move.dueAt.to)}.`]
        : []),
      ...(move.stepDueAt
        ? [`Hạn bước: ${vietnameseInstant(move.stepDueAt.from)} → ${vietnameseInstant(move.stepDueAt.to)}.`]
        : []),
      `Thủ tục: ${d.procedureName}.`,
      ...(d.stepName ? [`Bước: ${d.stepName}${d.unitName ? ` (${d.unitName})` : ''}.`] : []),
      'Giấy tiếp nhận đã in giữ nguyên ngày hẹn cũ; cổng dịch vụ công được thông báo ngày hẹn mới.',
    ].join('\n'),
  };
}
