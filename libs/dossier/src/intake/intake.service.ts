import { Inject, Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { CATALOG, type Catalog, ProcedureRevisions } from '@motcua/catalog';
import { Clock, MetricsService } from '@motcua/common';
import { startDossier } from '@motcua/engine';
import { PORTAL_SYNC, type PortalSyncAppender } from '@motcua/queue';
import { type DossierPatch, DossierRepository } from '../dossier.repository';
import { DeadlineTracker } from '../deadline/deadline-tracker.service';
import { findStep, statutoryClock, stepDue } from '../dossier.timing';
import type { DossierStatus } from '../dossier.types';

export type IntakeOutcome =
  | { started: true; code: string; status: DossierStatus; version: number; step: string }
  | { started: false; status: DossierStatus };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Starts an accepted dossier's procedure: first step, statutory clock and due instants, the `intake` event.
 * Safe to run any number of times: the dossier row is locked, and anything but `accepted` is left as it is.
 */
@Injectable()
export class IntakeService {
  private readonly logger = new Logger('Intake');

  constructor(
    private readonly dossiers: DossierRepository,
    private readonly revisions: ProcedureRevisions,
    @Inject(CATALOG) private readonly catalog: Catalog,
    private readonly clock: Clock,
    private readonly metrics: MetricsService,
    private readonly deadlines: DeadlineTracker,
    @Inject(PORTAL_SYNC) private readonly portalSync: PortalSyncAppender,
  ) {}

  async start(dossierId: string): Promise<IntakeOutcome> {
    if (typeof dossierId !== 'string' || !UUID.test(dossierId)) {
      throw new UnrecoverableError(`start-dossier: ${JSON.stringify(dossierId)} is not a dossier id`);
    }
    const outcome = await this.dossiers.transaction(async (manager) => {
      const dossier = await this.dossiers.lockById(manager, dossierId);
      if (!dossier) throw new UnrecoverableError(`dossier ${dossierId} does not exist`);
      if (dossier.status !== 'accepted') return { started: false as const, status: dossier.status };

      const { definition, compiled } = await this.revisions.get(dossier.procedureVersionId);
      const engine = startDossier(compiled);
      const step = findStep(definition, engine.step);
      if (!step)
        throw new Error(`${definition.code}: the procedure starts outside its steps (${engine.step})`);
      const now = this.clock.now();
      const { calendar, org } = this.catalog;
      // Reception writes accepted_at with the status; received_at is the fallback for a row without it.
      const acceptedAt = dossier.acceptedAt ?? dossier.receivedAt;
      const { clockStartedAt, dueAt } = statutoryClock(
        calendar,
        definition,
        org.center.cutoff ?? null,
        acceptedAt,
      );
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
      const version = await this.dossiers.update(manager, dossier.id, dossier.version, patch);
      // Unreachable while the row is locked; thrown so the job is retried rather than half-applied.
      if (version === null) throw new Error(`dossier ${dossier.code} changed during intake`);
      const event = await this.dossiers.appendEvent(manager, {
        dossierId: dossier.id,
        version,
        action: 'intake',
        fromStep: null,
        toStep: step.id,
        fromStatus: 'accepted',
        toStatus: status,
        actorId: null,
        stepStartedAt: clockStartedAt,
        stepDueAt,
        occurredAt: now,
      });
      const after = { ...dossier, ...patch, version };
      await this.deadlines.apply(manager, after, definition, now);
      await this.portalSync.append(manager, after, event);
      return { started: true as const, code: dossier.code, status, version, step: step.id };
    });
    if (outcome.started) {
      this.metrics.transition('intake');
      this.logger.log(`${outcome.code} started at step ${outcome.step}`);
    }
    return outcome;
  }
}
