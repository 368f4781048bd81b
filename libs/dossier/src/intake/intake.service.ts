import { Inject, Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { CATALOG, type Catalog, ProcedureRevisions } from '@motcua/catalog';
import { Clock, MetricsService } from '@motcua/common';
import { type OutboxItem, PORTAL_SYNC, type PortalSyncAppender } from '@motcua/queue';
import { DossierRepository } from '../dossier.repository';
import { DeadlineTracker, FLAG_PROPERTIES } from '../deadline/deadline-tracker.service';
import { findDossierById, updateDossierWithEvent } from '../command/dossier.sql';
import type { DossierStatus } from '../dossier.types';
import { planIntake } from './intake.plan';

export type IntakeOutcome =
  | { started: true; code: string; status: DossierStatus; version: number; step: string }
  | { started: false; status: DossierStatus };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Starts an accepted dossier's procedure (see `planIntake`). Safe to run any number of times: the change is
 * written at the version read, and a run that finds the version moved reads the row again (anything but
 * `accepted` is left as it is).
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
    for (;;) {
      const outcome = await this.attempt(dossierId);
      if (outcome === 'moved') continue;
      if (outcome.started) {
        this.metrics.transition('intake');
        this.logger.log(`${outcome.code} started at step ${outcome.step}`);
      }
      return outcome;
    }
  }

  /** One read and one versioned write; 'moved' when another change committed in between. */
  private async attempt(dossierId: string): Promise<IntakeOutcome | 'moved'> {
    const dossier = await findDossierById(this.dossiers.dataSource.manager, dossierId);
    if (!dossier) throw new UnrecoverableError(`dossier ${dossierId} does not exist`);
    const revision = await this.revisions.get(dossier.procedureVersionId);
    const now = this.clock.now();
    const { calendar, org } = this.catalog;
    const plan = planIntake(dossier, revision, calendar, org.center.cutoff ?? null, now);
    if (!plan) return { started: false, status: dossier.status };
    return this.dossiers.transaction(async (manager) => {
      // The deadline instants depend on the row after the change: they go into its UPDATE.
      const deadlines = this.deadlines.prepare({ ...dossier, ...plan.patch }, revision.definition, now);
      const stored = await updateDossierWithEvent(
        manager,
        dossier.id,
        dossier.version,
        { ...plan.patch, ...deadlines.columns },
        plan.event,
        FLAG_PROPERTIES,
      );
      if (stored === null) return 'moved' as const;
      const { event, dossier: flags } = stored;
      const after = { ...dossier, ...plan.patch, version: event.version };
      // The deadline jobs are written with the portal sync message and its job, in one statement.
      const jobs: OutboxItem[] = [];
      await this.deadlines.applyPrepared(manager, after, deadlines, flags, now, { jobs });
      await this.portalSync.append(manager, after, event, jobs);
      return {
        started: true as const,
        code: dossier.code,
        status: plan.status,
        version: event.version,
        step: plan.step,
      };
    });
  }
}
