import type { WorkingCalendar } from '@motcua/calendar';
import type { ProcedureRevision } from '@motcua/catalog';
import { startDossier } from '@motcua/engine';
import type { DossierEntity } from '../dossier.entity';
import type { DossierPatch } from '../dossier.repository';
import { findStep, statutoryClock, stepDue } from '../dossier-timing.rules';
import type { DossierStatus } from '../dossier.types';
import { prepareDeadlines } from '../deadline/deadline-prepare.rules';
import type { UpdatePlan } from '../ledger/dossier.plan';

export interface IntakePlan extends UpdatePlan {
  step: string;
}

/**
 * Starts an accepted dossier's procedure: first step, statutory clock and due instants, the `intake` event; null
 * for a dossier that is not (or no longer) `accepted`, which is left as it is.
 */
export function planIntake(
  dossier: DossierEntity,
  revision: Pick<ProcedureRevision, 'definition' | 'compiled'>,
  calendar: WorkingCalendar,
  centerCutoff: string | null,
  now: Date,
): IntakePlan | null {
  if (dossier.status !== 'accepted') return null;
  const { definition, compiled } = revision;
  const engine = startDossier(compiled);
  const step = findStep(definition, engine.step);
  if (!step) throw new Error(`${definition.code}: the procedure starts outside its steps (${engine.step})`);
  // Reception writes accepted_at with the status; received_at is the fallback for a row without it.
  const acceptedAt = dossier.acceptedAt ?? dossier.receivedAt;
  const { clockStartedAt, dueAt } = statutoryClock(calendar, definition, centerCutoff, acceptedAt);
  const stepDueAt = stepDue(calendar, step, clockStartedAt);
  const status: DossierStatus = engine.resultReady ? 'result_ready' : 'in_progress';
  const patch: DossierPatch = {
    status,
    machineState: engine.state,
    step: step.id,
    stepOwnerUnit: step.owner.unit,
    stepOwnerRole: step.owner.role,
    clockStartedAt,
    dueAt,
    // Reception printed the receipt; a row from before the column keeps what the intake gives.
    receiptDueAt: dossier.receiptDueAt ?? dueAt,
    stepStartedAt: clockStartedAt,
    stepDueAt,
    ...(engine.resultReady ? { resultReadyAt: now } : {}),
    lastActivityAt: now,
  };
  return {
    kind: 'update',
    dossier,
    step: step.id,
    at: now,
    patch,
    // The deadline instants depend on the row after the change: they go into its UPDATE.
    deadlines: prepareDeadlines(calendar, definition, { ...dossier, ...patch }, now),
    portalSync: true,
    jobs: [],
    event: {
      action: 'intake',
      fromStep: null,
      toStep: step.id,
      fromStatus: 'accepted',
      toStatus: status,
      actorId: null,
      stepStartedAt: clockStartedAt,
      stepDueAt,
      occurredAt: now,
    },
  };
}
