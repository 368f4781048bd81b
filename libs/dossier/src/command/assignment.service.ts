import { Inject, Injectable } from '@nestjs/common';
import { type Catalog, CATALOG, ProcedureRevisionsService } from '@motcua/catalog';
import { Clock, MetricsService } from '@motcua/common';
import { type AuthUser, toAuthUser, UserRepository } from '@motcua/identity';
import type { DossierEntity } from '../dossier.entity';
import { DossierRepository } from '../dossier.repository';
import { DossierLedgerService } from '../ledger/dossier-ledger.service';
import { planAssignment } from './assignment.plan';
import type { AssignDto } from './dossier-action.dto';
import { DossierReaderService } from './dossier-reader.service';
import { forkStepOf } from './branch.rules';
import { findBranches } from '../ledger/branch.sql';

/**
 * A head hands the current step to one officer of the unit: read, plan (`planAssignment`), commit. The same
 * assignment asked again once done (`isRepeatedAction`) is answered with the dossier as it is.
 */
@Injectable()
export class AssignmentService {
  constructor(
    @Inject(CATALOG) private readonly catalog: Catalog,
    private readonly reader: DossierReaderService,
    private readonly users: UserRepository,
    private readonly ledger: DossierLedgerService,
    private readonly dossiers: DossierRepository,
    private readonly clock: Clock,
    private readonly metrics: MetricsService,
    private readonly revisions: ProcedureRevisionsService,
  ) {}

  async assign(user: AuthUser, code: string, dto: AssignDto): Promise<DossierEntity> {
    const dossier = await this.reader.readable(user, code);
    const found = await this.users.findByUsername(dto.username);
    const target = found ? { ...toAuthUser(found), active: found.active } : null;
    // The same assignment asked again once done (an answer lost on the way): the dossier as it is.
    const asked = { action: 'assign', expectedVersion: dto.expectedVersion };
    if (
      target &&
      !dto.branch &&
      dossier.assigneeId === target.id &&
      (await this.reader.isRepeat(user, dossier, asked))
    )
      return dossier;
    const revision = await this.revisions.get(dossier.procedureVersionId);
    const branches = forkStepOf(dossier)
      ? await findBranches(this.dossiers.dataSource.manager, [dossier.id])
      : undefined;
    const context = {
      dossier,
      revision,
      calendar: this.catalog.calendar,
      now: this.clock.now(),
      ...(branches ? { branches } : {}),
    };
    const { dossier: after } = await this.ledger.commit(planAssignment(context, user, dto, target));
    this.metrics.transition('assign');
    return after;
  }
}
