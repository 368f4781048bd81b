import { type DossierEntity, type DossierEventEntity, timeliness } from '@motcua/dossier';
import { formatVietnamDateTime as dt, type FormTable } from './form.types';

const RESULT: Record<string, string> = { early: 'Trước hạn', on_time: 'Đúng hạn', late: 'Quá hạn' };

const APOLOGY: Record<string, string> = {
  timely: '',
  late: ' (xin lỗi muộn: phát hành chưa đủ 01 ngày làm việc trước hạn trả kết quả)',
  after_deadline:
    ' (xin lỗi muộn: phát hành khi đã quá hạn trả kết quả; hồ sơ vẫn tính là quá hạn theo hẹn cũ)',
};

export type ControlSheetEvent = Pick<
  DossierEventEntity,
  | 'action'
  | 'fromStep'
  | 'toStep'
  | 'actorName'
  | 'actorUsername'
  | 'actorUnit'
  | 'occurredAt'
  | 'stepStartedAt'
  | 'stepDueAt'
  | 'timeliness'
  | 'payload'
  | 'comment'
  | 'version'
>;

export interface ControlSheetNames {
  step: (id: string | null) => string;
  unit: (id: string | null) => string;
}

const text = (value: unknown): string => (typeof value === 'string' && value ? value : '—');
const instant = (value: unknown): Date | null => (typeof value === 'string' ? new Date(value) : null);

/** The reason shown beside a hand-over: a send-back's, or a transfer's to the competent agency. */
const reasonOf = (e: ControlSheetEvent): string => {
  if (e.action === 'transfer') return `Chuyển cơ quan có thẩm quyền: ${text(e.payload.reason)}`;
  return e.payload.sendBack ? text(e.payload.reason) : '';
};

/**
 * The name of a step an event left (`from`) or entered (`to`): before a transfer to another procedure, the steps are
 * that procedure's, named as the transfer recorded them; after the last one, the dossier's own procedure's.
 */
function stepNamer(events: ControlSheetEvent[], current: ControlSheetNames['step']) {
  const transfers = events.filter((e) => e.action === 'transfer');
  return (e: ControlSheetEvent, side: 'from' | 'to'): string => {
    const id = side === 'from' ? e.fromStep : e.toStep;
    const epoch = transfers.find((t) => (side === 'from' ? t.version >= e.version : t.version > e.version));
    if (!epoch || id === null) return current(id);
    const from = epoch.payload.from as { stepNames?: Record<string, string> } | undefined;
    return from?.stepNames?.[id] ?? id;
  };
}

/**
 * Pure: one row per hand-over, graded against the step's due instant, with the reason of a send-back or of a
 * transfer to the competent agency.
 */
export function handOverTable(events: ControlSheetEvent[], names: ControlSheetNames): FormTable {
  const step = stepNamer(events, names.step);
  return {
    headers: [
      'Bước',
      'Bên giao',
      'Bên nhận',
      'Nhận lúc',
      'Hạn',
      'Giao lúc',
      'Kết quả',
      'Lý do trả lại, chuyển',
    ],
    widths: [3, 3, 3, 2, 2, 2, 1.5, 3],
    rows: events
      .filter((e) => e.timeliness !== null)
      .map((e) => [
        step(e, 'from'),
        [e.actorName, e.actorUsername, names.unit(e.actorUnit)].filter(Boolean).join(' - '),
        step(e, 'to'),
        dt(e.stepStartedAt),
        dt(e.stepDueAt),
        dt(e.occurredAt),
        RESULT[e.timeliness!] ?? e.timeliness!,
        reasonOf(e),
      ]),
  };
}

/** Pure: the apology-and-extension line: when, the old and the new appointment, the reason, a late mark. */
export function extensionLine(events: ControlSheetEvent[]): string | null {
  const extension = events.filter((e) => e.action === 'extend').at(-1);
  if (!extension) return null;
  const { payload } = extension;
  return (
    `${dt(extension.occurredAt)}: hẹn cũ ${dt(instant(payload.previousDueAt))}, hẹn mới ` +
    `${dt(instant(payload.newDueAt))}; lý do: ${text(payload.reason)}` +
    (APOLOGY[text(payload.apology)] ?? '')
  );
}

/**
 * Pure: one line per opinion asked of another unit (xin ý kiến): who asked whom, by when, the question, and the
 * answer with its grade against that deadline, or "chưa trả lời".
 */
export function consultationLines(
  events: ControlSheetEvent[],
  unit: (id: string | null) => string,
): string[] {
  const answers = new Map(
    events.filter((e) => e.action === 'consult_answer').map((e) => [e.payload.consultationId, e]),
  );
  return events
    .filter((e) => e.action === 'consult')
    .map((ask) => {
      const answer = answers.get(ask.payload.consultationId);
      const asked =
        `${dt(ask.occurredAt)}: ${unit(ask.actorUnit)} xin ý kiến ${unit(text(ask.payload.unit))} ` +
        `(hạn ${dt(instant(ask.payload.dueAt))}): ${text(ask.comment)}`;
      if (!answer) return `${asked}; chưa trả lời`;
      const grade = RESULT[text(answer.payload.answered)] ?? '';
      return `${asked}; trả lời ${dt(answer.occurredAt)} (${grade}): ${text(answer.comment)}`;
    });
}

/**
 * Pure: the dossier's result against the appointment it is judged by (never moved by an extension issued after
 * it passed): early, on time or late once resolved; within the deadline or overdue while pending.
 */
export function dossierResult(
  dossier: Pick<DossierEntity, 'status' | 'dueAt' | 'finishedAt'>,
  now: Date,
): string | null {
  if (!dossier.dueAt) return null;
  if (dossier.status === 'done' && dossier.finishedAt)
    return RESULT[timeliness(dossier.finishedAt, dossier.dueAt)];
  if (dossier.finishedAt) return null;
  return now > dossier.dueAt ? 'Quá hạn' : 'Trong hạn';
}
