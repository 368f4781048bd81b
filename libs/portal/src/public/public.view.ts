import { ApiProperty } from '@nestjs/swagger';
import { toVietnamIso } from '@motcua/calendar';
import type { DossierEntity } from '@motcua/dossier';

/** An event's part the citizen was given on paper (forms 02 and 04), as the public notes read it. */
export interface NoticeEvent {
  action: string;
  toStatus: string;
  payload: Record<string, unknown>;
  occurredAt: Date;
}

export class PublicSupplementView {
  @ApiProperty({ description: 'why the dossier waits for the citizen (form 02)' }) reason!: string;
  @ApiProperty({ type: [String], description: 'what to bring or send' }) items!: string[];
  @ApiProperty() requestedAt!: string;
}

export class PublicApologyView {
  @ApiProperty({ description: 'the agency that apologises (form 04 is issued in its name)' }) agency!: string;
  @ApiProperty({ type: String, nullable: true }) previousAppointmentAt!: string | null;
  @ApiProperty() newAppointmentAt!: string;
  @ApiProperty() reason!: string;
  @ApiProperty() issuedAt!: string;
  @ApiProperty({ description: 'the letter, in Vietnamese' }) text!: string;
}

export class PublicCollectionView {
  @ApiProperty({ description: 'where the result is handed back: the receiving one-stop unit' })
  place!: string;
  @ApiProperty({ description: 'the citizen registered to receive it by public post' }) byPost!: boolean;
  @ApiProperty() readySince!: string;
}

export interface CitizenNotes {
  supplement: PublicSupplementView | null;
  apology: PublicApologyView | null;
  collection: PublicCollectionView | null;
}

const WAITING = new Set(['awaiting_supplement', 'awaiting_documents']);
const text = (v: unknown, fallback = ''): string => (typeof v === 'string' && v.trim() ? v.trim() : fallback);
const iso = (v: unknown): string | null => (v ? toVietnamIso(new Date(v as string)) : null);

/**
 * Pure: what the page tells beyond the progress, from the events newest first: the supplement asked for while the
 * dossier waits for it, the apology letter of its latest extension, where to collect a result that is ready.
 */
export function citizenNotes(
  dossier: Pick<DossierEntity, 'status' | 'resultReadyAt'>,
  newestFirst: NoticeEvent[],
  names: { agency: string; receivingUnit: string },
): CitizenNotes {
  const asked = WAITING.has(dossier.status) ? newestFirst.find((e) => WAITING.has(e.toStatus)) : undefined;
  const extension = newestFirst.find((e) => e.action === 'extend');
  const delivery = newestFirst.find((e) => e.payload.resultDelivery !== undefined)?.payload.resultDelivery;
  return {
    supplement: asked
      ? {
          reason: text(asked.payload.reason),
          items: Array.isArray(asked.payload.missingItems) ? asked.payload.missingItems.map(String) : [],
          requestedAt: toVietnamIso(asked.occurredAt),
        }
      : null,
    apology: extension ? apology(extension, names.agency) : null,
    collection:
      dossier.status === 'result_ready' && dossier.resultReadyAt
        ? {
            place: names.receivingUnit,
            byPost: delivery === 'post',
            readySince: toVietnamIso(dossier.resultReadyAt),
          }
        : null,
  };
}

function apology(event: NoticeEvent, agency: string): PublicApologyView {
  const previous = iso(event.payload.previousDueAt);
  const next = iso(event.payload.newDueAt) ?? toVietnamIso(event.occurredAt);
  const reason = text(event.payload.reason, 'hồ sơ cần thêm thời gian giải quyết');
  return {
    agency,
    previousAppointmentAt: previous,
    newAppointmentAt: next,
    reason,
    issuedAt: toVietnamIso(event.occurredAt),
    text:
      `${agency} xin lỗi ông/bà vì chưa trả kết quả đúng hẹn${previous ? ` (${vietnameseDate(previous)})` : ''}. ` +
      `Lý do: ${reason}. Ngày hẹn trả kết quả mới: ${vietnameseDate(next)}.`,
  };
}

/** `17:00 ngày 27/11/2026` from a +07:00 ISO instant. */
const vietnameseDate = (iso: string): string =>
  `${iso.slice(11, 16)} ngày ${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
