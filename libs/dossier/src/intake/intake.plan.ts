import type { WorkingCalendar } from '@motcua/calendar';
import type { ProcedureRevision } from '@motcua/catalog';
import { startDossier } from '@motcua/engine';
import type { DossierEntity } from '../dossier.entity';
import type { DossierEventEntity } from '../dossier-event.entity';
import type { DossierPatch } from '../dossier.repository';
import { findStep, statutoryClock, stepDue } from '../dossier.timing';
import type { DossierStatus } from '../dossier.types';

export interface IntakePlan {
  status: DossierStatus;
  step: string;
  patch: DossierPatch;
  event: Omit<Partial<DossierEventEntity>, 'id' | 'version'>;
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
  return {
    status,
    step: step.id,
    patch: {
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
    },
    event: {
      dossierId: dossier.id,
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
