import { Inject, Injectable } from '@nestjs/common';
import { type Catalog, CATALOG, ProcedureRevisionsService } from '@motcua/catalog';
import { Clock, MetricsService } from '@motcua/common';
import type { AuthUser } from '@motcua/identity';
import type { DossierEntity } from '../dossier.entity';
import { DossierLedgerService } from '../ledger/dossier-ledger.service';
import { checkOnRoute, planComment } from './comment.plan';
import type { CommentDto } from './comment.dto';
import { DossierReaderService } from './dossier-reader.service';

/**
 * A note on the control sheet by a unit on the dossier's route. No expected version: a comment conflicts with
 * nothing, so it is planned again on the latest row when another change got there first.
 */
@Injectable()
export class CommentService {
  constructor(
    @Inject(CATALOG) private readonly catalog: Catalog,
    private readonly reader: DossierReaderService,
    private readonly revisions: ProcedureRevisionsService,
    private readonly ledger: DossierLedgerService,
    private readonly clock: Clock,
    private readonly metrics: MetricsService,
  ) {}

  async comment(user: AuthUser, code: string, dto: CommentDto): Promise<DossierEntity> {
    const found = await this.reader.readable(user, code);
    checkOnRoute(user, found);
    const revision = await this.revisions.get(found.procedureVersionId);
    const { calendar } = this.catalog;
    const committed = await this.ledger.commitLatest(found.id, (dossier) =>
      planComment({ dossier, revision, calendar, now: this.clock.now() }, user, dto.text),
    );
    this.metrics.transition('comment');
    return committed!.dossier;
  }
}
