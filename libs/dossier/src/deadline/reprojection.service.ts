import { Inject, Injectable, Logger } from '@nestjs/common';
import { type Catalog, CATALOG, ProcedureRevisionsService } from '@motcua/catalog';
import { Clock } from '@motcua/common';
import { DataSource } from 'typeorm';
import type { DossierBranchEntity } from '../dossier-branch.entity';
import { findBranches } from '../ledger/branch.sql';
import { DossierLedgerService } from '../ledger/dossier-ledger.service';
import { planCalendarMove } from './calendar-move.plan';
import type { DeadlineRow } from './deadline-sweep.repository';
import { REPROJECTION_NOTIFIER, type ReprojectionNotifier } from './reprojection.types';
import { planReprojection } from './reprojection.plan';

export interface ReprojectionResult {
  moved: number;
  errors: number;
}

/**
 * At worker start, moves the due instants of running dossiers to where the current calendar puts them (a
 * provisional year confirmed, a swap announced), the step due instants of the open branches of a fork included.
 * Each moved dossier is one transaction: `planCalendarMove` committed by the ledger (its branch rows with it) with
 * the notification of the owners of the moved steps. A dossier already on the calendar is not touched, so a
 * second start moves nothing.
 */
@Injectable()
export class ReprojectionService {
  private readonly logger = new Logger('CalendarReprojection');

  constructor(
    @Inject(CATALOG) private readonly catalog: Catalog,
    private readonly revisions: ProcedureRevisionsService,
    private readonly ledger: DossierLedgerService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(REPROJECTION_NOTIFIER) private readonly notifier: ReprojectionNotifier,
  ) {}

  /**
   * Moves the dossiers of a page of running ones (the start-up pass reads them) that the current calendar puts
   * elsewhere, each in its own transaction; returns the ids it moved, and counts them (and failures) in `result`.
   */
  async reprojectPage(page: DeadlineRow[], result: ReprojectionResult): Promise<string[]> {
    const moved: string[] = [];
    const branches = await this.branchesOf(page.map((d) => d.id));
    for (const dossier of page) {
      try {
        const { definition } = await this.revisions.get(dossier.procedureVersionId);
        const own = branches.filter((b) => b.dossierId === dossier.id);
        if (!planReprojection(this.catalog.calendar, definition, dossier, own)) continue;
        if (await this.reproject(dossier.id)) moved.push(dossier.id);
      } catch (error) {
        result.errors++;
        this.logger.error(`dossier ${dossier.code}: not re-projected: ${(error as Error).message}`);
      }
    }
    result.moved += moved.length;
    return moved;
  }

  /** Logs what a whole pass moved, when it moved or failed anything. */
  logPass(result: ReprojectionResult): void {
    if (result.moved > 0 || result.errors > 0) {
      this.logger.log(
        `calendar re-projection: ${result.moved} running dossiers moved, ${result.errors} errors`,
      );
    }
  }

  /** Plans on the latest row (an action may have moved the dossier since it was read); true when it moved. */
  async reproject(dossierId: string): Promise<boolean> {
    const committed = await this.ledger.commitLatest(dossierId, async (dossier) => {
      const revision = await this.revisions.get(dossier.procedureVersionId);
      const branches = await this.branchesOf([dossier.id]);
      const { calendar } = this.catalog;
      const move = planCalendarMove(calendar, revision.definition, dossier, this.clock.now(), branches);
      if (!move) return null;
      const { plan, reprojection } = move;
      plan.alongside = (manager, { dossier: after, event }) =>
        this.notifier.notify(manager, after, reprojection, event.version, plan.at);
      return plan;
    });
    return committed !== null;
  }

  /** The branch rows of dossiers (the ledger's version guard on the dossier row covers them: a branch change bumps it). */
  private branchesOf(dossierIds: string[]): Promise<DossierBranchEntity[]> {
    return findBranches(this.dataSource.manager, dossierIds);
  }
}
