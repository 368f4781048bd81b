import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type Catalog, CATALOG, ProcedureRevisionsService } from '@motcua/catalog';
import { Clock, MetricsService } from '@motcua/common';
import { agencyIdOf } from '@motcua/engine';
import type { AuthUser } from '@motcua/identity';
import { DossierErrorCode, DossierException } from '../dossier.exception';
import { DossierLedgerService } from '../ledger/dossier-ledger.service';
import type { DependentRow } from '../ledger/new-dossier.sql';
import { currentRevision } from './reception-checks.rules';
import { planReception, type ReceptionResult } from './reception.plan';
import type { ReceiveDossierDto } from './receive-dossier.dto';

export type { ReceptionResult } from './reception.plan';

/** Rows written with the dossier, given its receipt (code and lookup key still to be drawn). */
export type AlongsideRows = (result: ReceptionResult) => DependentRow[];

/** The one-stop desk: a dossier is recorded whatever the decision, so nothing the citizen handed in is lost. */
@Injectable()
export class ReceptionService {
  constructor(
    @Inject(CATALOG) private readonly catalog: Catalog,
    private readonly revisions: ProcedureRevisionsService,
    private readonly ledger: DossierLedgerService,
    private readonly clock: Clock,
    private readonly metrics: MetricsService,
  ) {}

  /** `alongside` rows are written in the dossier's own statement (an idempotency key). */
  async receive(user: AuthUser, dto: ReceiveDossierDto, alongside?: AlongsideRows): Promise<ReceptionResult> {
    const now = this.clock.now();
    const revision = currentRevision(this.revisions, dto.procedureCode, now);
    const agencyId = agencyIdOf(this.catalog.org, user.unitId);
    if (!agencyId) {
      throw new DossierException(
        DossierErrorCode.NotReceptionUnit,
        `unit '${user.unitId}' has no electronic agency id in the organization file, so it cannot issue dossier codes`,
      );
    }
    const plan = planReception({
      id: randomUUID(),
      user,
      dto,
      revision,
      agencyId,
      calendar: this.catalog.calendar,
      centerCutoff: this.catalog.org.center.cutoff ?? null,
      now,
    });
    const { dossier } = await this.ledger.commit({ ...plan.insert, rows: alongside?.(plan.result) });
    this.metrics.transition(plan.action);
    return { ...plan.result, code: dossier.code, lookupKey: dossier.lookupKey };
  }
}
