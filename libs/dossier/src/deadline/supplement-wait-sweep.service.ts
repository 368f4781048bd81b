import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type Catalog, CATALOG, ProcedureRevisionsService } from '@motcua/catalog';
import { Clock } from '@motcua/common';
import { supplementWaitOf, type SupplementWaitPolicy } from '@motcua/engine';
import type { DossierEntity } from '../dossier.entity';
import { DossierErrorCode, DossierException } from '../dossier.exception';
import { DossierRepository } from '../dossier.repository';
import { DossierLedgerService } from '../ledger/dossier-ledger.service';
import { planSupplementExpiry } from './supplement-expiry.plan';
import { SupplementWaitRepository, type OpenWait } from './supplement-wait.repository';
import { type ExpiryOutcome, isSupplementWaitOver, supplementWaitEndsAt } from './supplement-wait.rules';

/** One wait found past its limit, as committed: told to reception by the listener, in the same transaction. */
export interface SupplementExpiry {
  dossier: DossierEntity;
  endsAt: Date;
  policy: SupplementWaitPolicy;
  outcome: ExpiryOutcome;
  missingItems: string[];
  at: Date;
}

export type SupplementExpiryListener = (manager: EntityManager, expiry: SupplementExpiry) => Promise<void>;

export interface SupplementSweepReport {
  expired: number;
  errors: number;
}

const PAGE = 500;

/**
 * The supplement wait limit: every open wait past its limit (the procedure's, else the center's) is marked expired
 * once, the dossier flagged for reception, an audit event written and, when the policy says so, the dossier
 * withdrawn, stopped or (never accepted) refused, the portal told (`planSupplementExpiry`). One ledger commit per dossier, guarded by its version.
 */
@Injectable()
export class SupplementWaitSweepService {
  private readonly logger = new Logger('SupplementWaitSweepService');

  constructor(
    @Inject(CATALOG) private readonly catalog: Catalog,
    private readonly revisions: ProcedureRevisionsService,
    private readonly dossiers: DossierRepository,
    private readonly waits: SupplementWaitRepository,
    private readonly ledger: DossierLedgerService,
    private readonly clock: Clock,
  ) {}

  async sweep(listener?: SupplementExpiryListener): Promise<SupplementSweepReport> {
    const now = this.clock.now();
    const report: SupplementSweepReport = { expired: 0, errors: 0 };
    for (let after: { startedAt: Date; pauseId: string } | undefined; ;) {
      const page = await this.waits.open(PAGE, after);
      for (const wait of page) {
        try {
          if (await this.check(wait, now, listener)) report.expired++;
        } catch (error) {
          report.errors++;
          this.logger.error(
            `dossier ${wait.dossierId}: supplement wait not applied: ${(error as Error).message}`,
          );
        }
      }
      if (page.length < PAGE) break;
      after = page[page.length - 1];
    }
    if (report.expired || report.errors)
      this.logger.log(`supplement waits expired: ${JSON.stringify(report)}`);
    return report;
  }

  private async check(wait: OpenWait, now: Date, listener?: SupplementExpiryListener): Promise<boolean> {
    const revision = await this.revisions.get(wait.procedureVersionId);
    const policy = supplementWaitOf(
      this.catalog.org.center.supplementWait,
      revision.definition.supplementWait,
    );
    const endsAt = supplementWaitEndsAt(this.catalog.calendar, policy.limit, wait.startedAt);
    if (!isSupplementWaitOver(endsAt, now)) return false;
    // Read without locks: the wait changes only with a new version of its dossier, which the commit guards.
    const dossier = await this.dossiers.findById(wait.dossierId);
    const row = await this.waits.findWait(wait.pauseId);
    if (!dossier || !row) return false;
    const { calendar } = this.catalog;
    const expiry = planSupplementExpiry({ dossier, revision, calendar, wait: row, policy, endsAt, now });
    if (!expiry) return false;
    const { plan, outcome } = expiry;
    if (listener) {
      plan.alongside = (manager, committed) =>
        listener(manager, {
          dossier: committed.dossier,
          endsAt,
          policy,
          outcome,
          missingItems: row.missingItems,
          at: now,
        });
    }
    try {
      await this.ledger.commit(plan);
      return true;
    } catch (error) {
      // A supplement, a withdrawal or another sweep committed meanwhile: nothing left to do.
      if (error instanceof DossierException && error.code === DossierErrorCode.VersionConflict) return false;
      throw error;
    }
  }
}
