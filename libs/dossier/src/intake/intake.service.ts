import { Inject, Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { CATALOG, type Catalog, ProcedureRevisionsService } from '@motcua/catalog';
import { Clock, MetricsService } from '@motcua/common';
import type { DossierEntity } from '../dossier.entity';
import { DossierLedgerService } from '../ledger/dossier-ledger.service';
import type { DossierStatus } from '../dossier.types';
import { type IntakePlan, planIntake } from './intake.plan';

export type IntakeOutcome =
  | { started: true; code: string; status: DossierStatus; version: number; step: string }
  | { started: false; status: DossierStatus };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Starts an accepted dossier's procedure (see `planIntake`). Safe to run any number of times: the change is
 * written at the version read, a run that finds the version moved plans again on the row as it is, and anything
 * but `accepted` is left as it is.
 */
@Injectable()
export class IntakeService {
  private readonly logger = new Logger('Intake');

  constructor(
    private readonly ledger: DossierLedgerService,
    private readonly revisions: ProcedureRevisionsService,
    @Inject(CATALOG) private readonly catalog: Catalog,
    private readonly clock: Clock,
    private readonly metrics: MetricsService,
  ) {}

  async start(dossierId: string): Promise<IntakeOutcome> {
    if (typeof dossierId !== 'string' || !UUID.test(dossierId)) {
      throw new UnrecoverableError(`start-dossier: ${JSON.stringify(dossierId)} is not a dossier id`);
    }
    let seen: DossierEntity | null = null;
    let plan: IntakePlan | null = null;
    const committed = await this.ledger.commitLatest(dossierId, async (dossier) => {
      seen = dossier;
      const revision = await this.revisions.get(dossier.procedureVersionId);
      const { calendar, org } = this.catalog;
      plan = planIntake(dossier, revision, calendar, org.center.cutoff ?? null, this.clock.now());
      return plan;
    });
    if (!seen) throw new UnrecoverableError(`dossier ${dossierId} does not exist`);
    if (!committed || !plan) return { started: false, status: (seen as DossierEntity).status };
    const { dossier } = committed;
    const { step } = plan as IntakePlan;
    this.metrics.transition('intake');
    this.logger.log(`${dossier.code} started at step ${step}`);
    return { started: true, code: dossier.code, status: dossier.status, version: dossier.version, step };
  }
}
