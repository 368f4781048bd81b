import { Inject, Injectable } from '@nestjs/common';
import { type Catalog, CATALOG, ProcedureRevisionsService } from '@motcua/catalog';
import { Clock, MetricsService } from '@motcua/common';
import type { AuthUser } from '@motcua/identity';
import type { DossierEntity } from '../dossier.entity';
import { DossierLedgerService } from '../ledger/dossier-ledger.service';
import { DossierReaderService } from './dossier-reader.service';
import type { TransferDto } from './transfer.dto';
import { planTransfer } from './transfer.plan';

/**
 * Sends a started dossier to the competent agency's procedure: read, plan (`planTransfer`), commit. The same transfer
 * asked again by the same person once done is answered with the dossier, as an action is.
 */
@Injectable()
export class TransferService {
  constructor(
    @Inject(CATALOG) private readonly catalog: Catalog,
    private readonly revisions: ProcedureRevisionsService,
    private readonly reader: DossierReaderService,
    private readonly ledger: DossierLedgerService,
    private readonly clock: Clock,
    private readonly metrics: MetricsService,
  ) {}

  async transfer(user: AuthUser, code: string, dto: TransferDto): Promise<DossierEntity> {
    const dossier = await this.reader.readable(user, code);
    const repeat = { action: 'transfer', comment: dto.reason, expectedVersion: dto.expectedVersion };
    if (await this.reader.isRepeat(user, dossier, repeat)) return dossier;
    const revision = await this.revisions.get(dossier.procedureVersionId);
    const now = this.clock.now();
    // The target's revision in effect now (a pending revision takes effect at its `effectiveFrom`).
    const target = this.revisions.current(dto.procedureCode, now) ?? null;
    const { org, calendar } = this.catalog;
    const plan = planTransfer({ dossier, revision, org, calendar, now }, target, user, dto);
    const { dossier: after } = await this.ledger.commit(plan);
    this.metrics.transition('transfer');
    return after;
  }
}
