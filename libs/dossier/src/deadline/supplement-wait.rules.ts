import type { WorkingCalendar } from '@motcua/calendar';
import type { SupplementExpiryAction } from '@motcua/engine';
import type { DossierStatus } from '../dossier.types';

/** A dossier waiting for the citizen: incomplete before acceptance (desk or online), or paused during processing. */
export const WAITING_STATUSES: readonly DossierStatus[] = ['awaiting_documents', 'awaiting_supplement'];

/**
 * The instant a wait that began at `startedAt` passes its limit, counted as the statutory clock is: working time
 * from the next opening, or calendar days and months from the day after, ending at the close of the last day (of
 * the next working day when that one is off).
 */
export function supplementWaitEndsAt(
  calendar: WorkingCalendar,
  limit: Parameters<WorkingCalendar['dueAt']>[1],
  startedAt: Date,
): Date {
  return calendar.deadline(startedAt, limit, { cutoff: null }).dueAt;
}

/** Past the limit means strictly after it, as for the appointment. */
export const isSupplementWaitOver = (endsAt: Date, now: Date): boolean => now.getTime() > endsAt.getTime();

export type ExpiryOutcome =
  { kind: 'flag' } | { kind: 'end'; action: 'withdraw' | 'stop' | 'refuse'; status: DossierStatus };

/**
 * What the configured action does to a dossier whose wait is over (the flag is raised in every case). Stopping
 * belongs to a dossier the agency accepted; one never accepted (incomplete at the desk, or online before
 * acceptance) has nothing to stop and is refused at reception instead (form 03, portal status 3).
 */
export function expiryOutcome(onExpiry: SupplementExpiryAction, status: DossierStatus): ExpiryOutcome {
  switch (onExpiry) {
    case 'flag':
      return { kind: 'flag' };
    case 'withdraw':
      return { kind: 'end', action: 'withdraw', status: 'withdrawn' };
    case 'stop':
      return status === 'awaiting_supplement'
        ? { kind: 'end', action: 'stop', status: 'stopped' }
        : { kind: 'end', action: 'refuse', status: 'refused' };
  }
}

/** The reason recorded on the event, the forms (03, 05) and the portal when the wait ends a dossier. */
export function expiryReason(endsAt: string, missingItems: string[]): string {
  return (
    `Quá thời hạn bổ sung hồ sơ (${endsAt}) mà công dân chưa bổ sung: ` +
    (missingItems.length ? missingItems.join('; ') : 'các giấy tờ đã yêu cầu')
  );
}
