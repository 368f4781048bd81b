import { JobName, jobId } from '@motcua/queue';
import { DossierErrorCode, DossierException } from '../dossier.exception';
import { missingDocuments } from '../dossier.rules';
import { statutoryClock } from '../dossier-timing.rules';
import type { DossierActionDto } from './dossier-action.dto';
import { type ActionChange, type ActionContext, centerCutoff } from './action-change.rules';

/**
 * Not started yet: incomplete at the desk (the citizen completes it) or sent in online (reception accepts it);
 * the clock starts now, and the intake queue starts the machine. Or the citizen is asked for more, or it ends.
 */
export function planPreIntake(ctx: ActionContext, dto: DossierActionDto): ActionChange {
  const { dossier, revision, now } = ctx;
  if (dto.action === 'request_supplement') return planPreIntakeSupplement(dto, now);
  if (dto.action !== 'supplement_received' && dto.action !== 'accept') {
    const status = dto.action === 'refuse' ? 'refused' : 'withdrawn';
    return {
      patch: { status, finishedAt: now, pausedAt: null },
      event: { toStatus: status, payload: { reason: dto.reason } },
      closePause: { dueAfter: null },
    };
  }
  const documents = [...dossier.documents, ...(dto.documents ?? [])];
  const missing = missingDocuments(revision.definition, documents);
  if (missing.length > 0) {
    throw new DossierException(
      DossierErrorCode.MissingDocuments,
      `documents: still missing or short: ${missing.map((n) => `'${n}'`).join(', ')}`,
      { missing },
    );
  }
  const clock = statutoryClock(ctx.calendar, revision.definition, centerCutoff(ctx.org), now);
  return {
    patch: {
      status: 'accepted',
      documents,
      acceptedAt: now,
      clockStartedAt: clock.clockStartedAt,
      dueAt: clock.dueAt,
      pausedAt: null,
      receiptDueAt: clock.dueAt,
    },
    event: { toStatus: 'accepted', payload: { documents: dto.documents ?? [] } },
    closePause: { dueAfter: clock.dueAt },
    jobs: [
      {
        job: { name: JobName.StartDossier, data: { dossierId: dossier.id } },
        jobId: jobId('intake', dossier.id),
      },
    ],
  };
}

/** An online dossier found incomplete: the citizen is asked, through the portal (status 5), for what is missing. */
function planPreIntakeSupplement(dto: DossierActionDto, now: Date): ActionChange {
  return {
    patch: { status: 'awaiting_documents', pausedAt: now },
    event: {
      toStatus: 'awaiting_documents',
      payload: { reason: dto.reason, missingItems: dto.missingItems },
    },
    openPause: { step: null, reason: dto.reason!, missingItems: dto.missingItems!, dueBefore: null },
  };
}
