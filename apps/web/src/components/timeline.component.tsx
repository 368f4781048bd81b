import type { ControlSheetRow, ProcedureStep } from '../api/api.types';
import { useUnitName } from '../api/units.store';
import { formatDateTime, formatMinutes } from '../format';
import { ACTION, APOLOGY, label, refusedAfterAcceptance, statusLabel, TIMELINESS } from '../labels';
import { ownComment, timelineDetails, timelineEvents } from './timeline.rules';

/** Who got the work: the full name (events before it was recorded name the login). */
const assigneeOf = (payload: Record<string, unknown>): string =>
  typeof payload.assigneeName === 'string' ? payload.assigneeName : String(payload.assignee);

/** The control sheet (phiếu kiểm soát) as a timeline: each hand-over, who did it, when, and whether on time. */
export function Timeline({ rows, steps }: { rows: ControlSheetRow[]; steps: ProcedureStep[] }) {
  const unitName = useUnitName();
  const stepName = (id: string | null) => (id ? (steps.find((s) => s.id === id)?.name ?? id) : null);
  const events = timelineEvents(rows);
  return (
    <ol class="timeline">
      {events.map((r) => {
        const from = stepName(r.fromStep);
        const to = stepName(r.toStep);
        return (
          <li key={r.version} class={`timeline-item${r.timeliness === 'late' ? ' is-late' : ''}`}>
            <div class="timeline-head">
              <strong>{label(ACTION, r.action)}</strong>
              <time dateTime={r.occurredAt}>{formatDateTime(r.occurredAt)}</time>
              {r.timeliness && (
                <span class={`badge badge-${r.timeliness}`}>{label(TIMELINESS, r.timeliness)}</span>
              )}
            </div>
            <div class="timeline-body">
              {from !== to && (from || to) && (
                <p>
                  {from ?? '—'} →{' '}
                  <strong>{to ?? statusLabel(r.toStatus, refusedAfterAcceptance(r.fromStatus))}</strong>
                </p>
              )}
              {from === to && r.fromStatus !== r.toStatus && (
                <p>→ {statusLabel(r.toStatus, refusedAfterAcceptance(r.fromStatus))}</p>
              )}
              {timelineDetails(r).map((detail) => (
                <p key={detail.label} class="timeline-detail">
                  {detail.label}: {detail.text}
                </p>
              ))}
              {r.action === 'assign' && typeof r.payload.assignee === 'string' && (
                <p class="assigned-to">
                  Giao cho: <strong>{assigneeOf(r.payload)}</strong>
                </p>
              )}
              {r.action === 'extend' &&
                typeof r.payload.apology === 'string' &&
                APOLOGY[r.payload.apology] && (
                  <span class="badge badge-late">{APOLOGY[r.payload.apology]}</span>
                )}
              {r.actor && (
                <p
                  class="muted clamp"
                  title={`${r.actor.fullName}, ${r.actor.title}, ${unitName(r.actor.unit)}`}
                >
                  {r.actor.fullName} · {r.actor.title}
                </p>
              )}
              {r.workingMinutes !== null && (
                <p class="muted">
                  Thời gian ở bước: {formatMinutes(r.workingMinutes)}
                  {r.stepDueAt ? ` · hạn bước ${formatDateTime(r.stepDueAt)}` : ''}
                </p>
              )}
              {typeof r.payload.dossierTimeliness === 'string' && (
                <p>
                  Hồ sơ hoàn thành so với hẹn trả:{' '}
                  <span class={`badge badge-${r.payload.dossierTimeliness} dossier-grade`}>
                    {label(TIMELINESS, r.payload.dossierTimeliness)}
                  </span>
                </p>
              )}
              {ownComment(r) && <p class="quote">{ownComment(r)}</p>}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
