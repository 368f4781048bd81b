import type { DossierView } from '../api/api.types';
import { formatDateTime } from '../format';

const FINAL = new Set(['done', 'refused', 'withdrawn', 'stopped']);
export const WAITING_FOR_CITIZEN = new Set(['awaiting_documents', 'awaiting_supplement']);

/**
 * Deadline badges from the server's flags: overdue, step overdue, due soon, else within the deadline; stalled.
 * A dossier waiting for the citizen says so instead, and whether the wait passed its limit.
 */
export function DeadlineBadges({
  dossier,
}: {
  dossier: Pick<DossierView, 'flags' | 'status' | 'appointmentAt' | 'pausedAt' | 'supplementOverdueAt'>;
}) {
  const { flags } = dossier;
  if (FINAL.has(dossier.status)) return null;
  if (WAITING_FOR_CITIZEN.has(dossier.status)) return <SupplementBadge dossier={dossier} />;
  const badges = [];
  if (flags.overdue)
    badges.push(
      <span class="badge badge-overdue" title={`Quá hẹn trả từ ${formatDateTime(dossier.appointmentAt)}`}>
        Quá hạn
      </span>,
    );
  else if (flags.stepOverdue)
    badges.push(
      <span class="badge badge-overdue" title={`Quá hạn bước từ ${formatDateTime(flags.stepOverdue)}`}>
        Quá hạn bước
      </span>,
    );
  else if (flags.dueSoon)
    badges.push(
      <span class="badge badge-due-soon" title={`Cảnh báo từ ${formatDateTime(flags.dueSoon)}`}>
        Sắp đến hạn
      </span>,
    );
  else if (dossier.appointmentAt) badges.push(<span class="badge badge-within">Trong hạn</span>);
  if (flags.stalled)
    badges.push(
      <span class="badge badge-stalled" title={`Không có hoạt động từ ${formatDateTime(flags.stalled)}`}>
        Chậm xử lý
      </span>,
    );
  return <span class="badges">{badges}</span>;
}

function SupplementBadge({ dossier }: { dossier: Pick<DossierView, 'pausedAt' | 'supplementOverdueAt'> }) {
  return (
    <span class="badges">
      {dossier.supplementOverdueAt ? (
        <span
          class="badge badge-overdue"
          title={`Quá thời hạn chờ bổ sung từ ${formatDateTime(dossier.supplementOverdueAt)}`}
        >
          Quá hạn bổ sung
        </span>
      ) : (
        <span
          class="badge badge-stalled"
          title={`Chờ công dân bổ sung từ ${formatDateTime(dossier.pausedAt)}`}
        >
          Chờ bổ sung
        </span>
      )}
    </span>
  );
}

/** How urgent a dossier is, for sorting: overdue first, then step overdue, due soon, stalled. */
export const urgency = (d: DossierView): number =>
  d.flags.overdue ? 0 : d.flags.stepOverdue ? 1 : d.flags.dueSoon ? 2 : d.flags.stalled ? 3 : 4;
