import type { CitizenNoticeChange } from '@motcua/dossier';
import type { CitizenChannel, CitizenNoticeFacts, CitizenNoticeKind } from './citizen-notice.types';

const WAITING = ['awaiting_supplement', 'awaiting_documents'];
const BEFORE_ACCEPTANCE = [null, 'submitted', 'awaiting_documents'];

const iso = (at: unknown): string | null =>
  at instanceof Date ? at.toISOString() : typeof at === 'string' ? new Date(at).toISOString() : null;
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/**
 * Pure: the notice a committed change owes the citizen, with what it says, or null. Accepted: the change that
 * leaves the dossier accepted (at the desk, an online or an incomplete one completed). A supplement asked for,
 * before or after acceptance. An extension (form 04). The result ready. A refusal, at reception or to resolve.
 */
export function citizenNoticeOf({
  dossier,
  event,
}: CitizenNoticeChange): { kind: CitizenNoticeKind; facts: CitizenNoticeFacts } | null {
  // A plan's event may leave these out: no payload, no status before (a new dossier).
  const { toStatus } = event;
  const fromStatus = event.fromStatus ?? null;
  const payload: Record<string, unknown> = event.payload ?? {};
  const moved = toStatus !== fromStatus;
  if (event.action === 'extend') {
    return {
      kind: 'extended',
      facts: {
        previousAppointmentAt: iso(payload.previousDueAt),
        appointmentAt: iso(payload.newDueAt) ?? iso(dossier.dueAt),
        reason: text(payload.reason),
      },
    };
  }
  if (!moved) return null;
  if (toStatus === 'accepted') return { kind: 'accepted', facts: { appointmentAt: iso(dossier.dueAt) } };
  if (WAITING.includes(toStatus)) {
    const items = Array.isArray(payload.missingItems) ? payload.missingItems.map(String) : [];
    return { kind: 'supplement_requested', facts: { reason: text(payload.reason), items } };
  }
  if (toStatus === 'result_ready') return { kind: 'result_ready', facts: {} };
  if (toStatus === 'refused') {
    return {
      kind: 'refused',
      facts: { reason: text(payload.reason), atReception: BEFORE_ACCEPTANCE.includes(fromStatus) },
    };
  }
  return null;
}

/**
 * A Vietnamese phone number as gateways take it: 84 and the subscriber number, digits only (0912 345 678,
 * +84 912 345 678 → 84912345678); null when it is not one.
 */
export function smsNumber(phone: string | undefined | null): string | null {
  if (!phone) return null;
  const digits = phone.replace(/[\s.()-]/g, '');
  const national = /^(?:\+?84|0)([1-9]\d{8})$/.exec(digits);
  return national ? `84${national[1]}` : null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The channels on which the applicant can be told: those configured for which the dossier has an address. */
export function noticeChannels(
  applicant: { phone?: string; email?: string } | null | undefined,
  on: { sms: boolean; email: boolean },
): CitizenChannel[] {
  return [
    ...(on.sms && smsNumber(applicant?.phone) ? ['sms' as const] : []),
    ...(on.email && applicant?.email && EMAIL.test(applicant.email) ? ['email' as const] : []),
  ];
}
