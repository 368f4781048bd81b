import { toVietnamIso, type WorkingCalendar } from '@motcua/calendar';
import type { ProcedureRevision } from '@motcua/catalog';
import { applyEventTo, restoreState, type SupplementWaitPolicy } from '@motcua/engine';
import type { DossierEntity } from '../dossier.entity';
import type { DossierPatch } from '../dossier.repository';
import { statusOf } from '../dossier.rules';
import { eventWhereItStands, type UpdatePlan } from '../ledger/dossier.plan';
import { prepareDeadlines } from './deadline-prepare.rules';
import type { WaitRow } from './supplement-wait.repository';
import { type ExpiryOutcome, expiryOutcome, expiryReason, WAITING_STATUSES } from './supplement-wait.rules';

export interface ExpiryInput {
  dossier: DossierEntity;
  revision: Pick<ProcedureRevision, 'definition' | 'compiled'>;
  calendar: WorkingCalendar;
  wait: WaitRow;
  policy: SupplementWaitPolicy;
  endsAt: Date;
  now: Date;
}

/**
 * A wait past its limit: marked expired, the dossier flagged for reception, an event by the system, and, when
 * the policy says so, the dossier ended (withdrawn, stopped or refused; the engine's built-in action ends an
 * accepted one's machine), its wait closed, its deadlines settled and the portal told. Null when a supplement,
 * a withdrawal or another sweep got there first.
 */
export function planSupplementExpiry(
  input: ExpiryInput,
): { plan: UpdatePlan; outcome: ExpiryOutcome } | null {
  const { dossier, wait, policy, endsAt, now } = input;
  if (wait.endedAt || wait.expiredAt || !WAITING_STATUSES.includes(dossier.status)) return null;
  const outcome = expiryOutcome(policy.onExpiry, dossier.status);
  const change = expiryChange(input, outcome);
  const patch = { ...change.patch, lastActivityAt: now };
  const ends = outcome.kind === 'end';
  const plan: UpdatePlan = {
    kind: 'update',
    at: now,
    dossier,
    patch,
    event: {
      action: change.action,
      ...eventWhereItStands(dossier, now),
      toStep: patch.step === undefined ? dossier.step : patch.step,
      toStatus: patch.status ?? dossier.status,
      actorUsername: 'system',
      actorName: 'Hệ thống',
      comment: null,
      payload: {
        reason: expiryReason(toVietnamIso(endsAt), wait.missingItems),
        cause: 'supplement_wait_expired',
        waitStartedAt: toVietnamIso(wait.startedAt),
        waitEndsAt: toVietnamIso(endsAt),
        limit: policy.limit,
        onExpiry: policy.onExpiry,
      },
    },
    expirePause: wait.id,
    ...(ends ? { closePause: { dueAfter: null } } : {}),
    deadlines: ends
      ? prepareDeadlines(input.calendar, input.revision.definition, { ...dossier, ...patch }, now)
      : null,
    portalSync: ends,
    jobs: [],
  };
  return { plan, outcome };
}

function expiryChange(input: ExpiryInput, outcome: ExpiryOutcome): { action: string; patch: DossierPatch } {
  const { dossier, revision, now } = input;
  if (outcome.kind === 'flag') {
    return { action: 'supplement_wait_expired', patch: { flagSupplementOverdueAt: now } };
  }
  const ended: DossierPatch = { status: outcome.status, finishedAt: now, pausedAt: null };
  if (dossier.machineState === null) return { action: outcome.action, patch: ended };
  const result = applyEventTo(restoreState(revision.compiled, dossier.machineState), {
    type: outcome.action,
  });
  if ('rejected' in result) {
    throw new Error(`the engine refuses '${outcome.action}' from ${dossier.status}`);
  }
  return {
    action: outcome.action,
    patch: {
      ...ended,
      machineState: result.state,
      status: statusOf(result),
      step: result.step,
      stepOwnerUnit: null,
      stepOwnerRole: null,
      assigneeId: null,
    },
  };
}
