import { Inject, Injectable } from '@nestjs/common';
import { type Catalog, CATALOG, ProcedureRevisionsService } from '@motcua/catalog';
import { Clock, MetricsService } from '@motcua/common';
import type { AuthUser } from '@motcua/identity';
import type { DossierEntity } from '../dossier.entity';
import { DossierRepository } from '../dossier.repository';
import { DossierLedgerService } from '../ledger/dossier-ledger.service';
import { planAction } from './action.plan';
import type { DossierActionDto } from './dossier-action.dto';
import { DossierReaderService } from './dossier-reader.service';
import { forkStepOf } from './branch.rules';
import { findBranches } from '../ledger/branch.sql';

/** What a committed action leaves the dossier at; the caller reads the full view itself if it needs one. */
export type ActionOutcome = Pick<DossierEntity, 'id' | 'code' | 'status' | 'step' | 'version'>;

const outcomeOf = ({ id, code, status, step, version }: DossierEntity): ActionOutcome => ({
  id,
  code,
  status,
  step,
  version,
});

/**
 * Officers' and reception's actions on a dossier: read, plan (`planAction`, pure: the engine's transition and
 * every rule of the action), commit (the ledger's one transaction, guarded by the dossier version). An action
 * asked again once it is done (`isRepeatedAction`) is answered with the dossier as it is.
 */
@Injectable()
export class DossierActionService {
  constructor(
    @Inject(CATALOG) private readonly catalog: Catalog,
    private readonly revisions: ProcedureRevisionsService,
    private readonly reader: DossierReaderService,
    private readonly ledger: DossierLedgerService,
    private readonly dossiers: DossierRepository,
    private readonly clock: Clock,
    private readonly metrics: MetricsService,
  ) {}

  async act(user: AuthUser, code: string, dto: DossierActionDto): Promise<ActionOutcome> {
    const dossier = await this.reader.readable(user, code);
    if (await this.reader.isRepeat(user, dossier, dto)) return outcomeOf(dossier);
    const revision = await this.revisions.get(dossier.procedureVersionId);
    const { org, calendar } = this.catalog;
    // A dossier in a fork is planned with its branch rows (read under no lock: the row's version guards them too).
    const branches = forkStepOf(dossier)
      ? await findBranches(this.dossiers.dataSource.manager, [dossier.id])
      : undefined;
    const now = this.clock.now();
    const plan = planAction(
      { dossier, revision, org, calendar, now, ...(branches ? { branches } : {}) },
      user,
      dto,
    );
    const { dossier: after } = await this.ledger.commit(plan);
    this.metrics.transition(dto.action);
    // Not read back: the one caller, the controller, reads the view through the query service anyway.
    return outcomeOf(after);
  }
}
