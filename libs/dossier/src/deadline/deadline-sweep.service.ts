import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { type Catalog, CATALOG, ProcedureRevisionsService } from '@motcua/catalog';
import { Clock } from '@motcua/common';
import { DeadlineService } from './deadline.service';
import { BranchFlagRepository } from './branch-flag.repository';
import { DeadlineTrackerService } from './deadline-tracker.service';
import { type ReprojectionResult, ReprojectionService } from './reprojection.service';
import { planDiffers } from './deadline.plan';
import { plannedOn } from './deadline-pass.rules';
import {
  DeadlineSweepRepository,
  SWEEP_KINDS,
  type SweepCursor,
  type SweepKind,
} from './deadline-sweep.repository';

const PAGE = 500;
const PAGES_IN_FLIGHT = 3;

export interface SweepReport {
  /** Dossiers the tracker was applied to, by what brought them in. */
  applied: Record<SweepKind | 'contradicted' | 'recomputed' | 'reprojected', number>;
  /** Flags raised on branches of forks (dossier_branch). */
  branchFlags: number;
  errors: number;
  ms: number;
}

/**
 * PostgreSQL is the truth: every running dossier whose flag instant (or apology reminder) has passed gets the
 * tracker applied, whatever happened to its timers. Runs every DEADLINE_SWEEP_MS as the periodic
 * SweepDeadlines job (apps/worker's PERIODIC_JOBS), and once at worker start with a full pass first when the calendar is not the one the last
 * complete pass planned on (`plannedOn`, kept in `deadline_pass`): one read of every running dossier (the columns
 * the deadline rules use), whose due instants the calendar files now put elsewhere are re-projected
 * (ReprojectionService) and whose derived instants and flags differ from the current calendar's are recomputed.
 * On the same calendar nothing they compute can have moved: every state change plans its dossier's instants in
 * its own transaction, and what a lost timer missed is found by the indexed queries of the periodic sweep.
 */
@Injectable()
export class DeadlineSweepService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('DeadlineSweepService');
  private last: Promise<unknown> = Promise.resolve();
  private booting?: Promise<void>;

  constructor(
    private readonly sweeps: DeadlineSweepRepository,
    private readonly deadlines: DeadlineService,
    private readonly tracker: DeadlineTrackerService,
    private readonly revisions: ProcedureRevisionsService,
    private readonly reprojection: ReprojectionService,
    private readonly branchFlags: BranchFlagRepository,
    @Inject(CATALOG) private readonly catalog: Catalog,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.booting = this.sweep({ full: true })
      .then(() => undefined)
      .catch((error: Error) => this.logger.error(`start-up sweep failed: ${error.message}`));
  }

  /** Resolves once the start-up pass (re-projection, then the full sweep) has run. */
  async started(): Promise<void> {
    await this.booting;
  }

  async onModuleDestroy(): Promise<void> {
    await this.booting;
    await this.last.catch(() => undefined);
  }

  /** One sweep at a time per process: a sweep asked for while one runs starts when it ends. */
  sweep(options: { full?: boolean } = {}): Promise<SweepReport> {
    const run = this.last.catch(() => undefined).then(() => this.run(options.full ?? false));
    this.last = run;
    return run;
  }

  private async run(full: boolean): Promise<SweepReport> {
    const started = performance.now();
    const now = this.clock.now();
    const report: SweepReport = {
      applied: {
        overdue: 0,
        step_overdue: 0,
        due_soon: 0,
        stalled: 0,
        apology: 0,
        contradicted: 0,
        recomputed: 0,
        reprojected: 0,
      },
      branchFlags: 0,
      errors: 0,
      ms: 0,
    };
    const seen = new Set<string>();
    const inFlight = new Set<Promise<void>>();
    // A dossier found by several kinds (overdue, and stalled too) is applied once: by the first. A page is
    // applied while the next one is read and planned; pages hold disjoint dossiers, so they never wait on
    // each other's row locks.
    const refresh = async (ids: string[], cause: keyof SweepReport['applied']): Promise<void> => {
      const fresh = ids.filter((id) => !seen.has(id));
      fresh.forEach((id) => seen.add(id));
      const page = this.refreshPage(fresh, cause, report).finally(() => inFlight.delete(page));
      inFlight.add(page);
      if (inFlight.size >= PAGES_IN_FLIGHT) await Promise.race(inFlight);
    };

    const calendar = plannedOn(this.catalog.calendar);
    const passing = full && (await this.sweeps.lastFullPass()) !== calendar;
    // The safety net reads every flagged dossier: on its own connection, beside the passes below.
    const contradicted = this.sweeps.contradicted(now, PAGE);
    contradicted.catch(() => undefined);
    if (passing) await this.fullPass(now, report, refresh);
    for (const kind of Object.keys(SWEEP_KINDS) as SweepKind[]) {
      let after: SweepCursor | undefined;
      for (;;) {
        const page = await this.sweeps.passed(kind, now, PAGE, after);
        await refresh(
          page.map((row) => row.id),
          kind,
        );
        if (page.length < PAGE) break;
        after = page[page.length - 1];
      }
    }
    await refresh(await contradicted, 'contradicted');
    await Promise.all(inFlight);
    try {
      report.branchFlags = (await this.branchFlags.raise(now)).length;
    } catch (error) {
      report.errors++;
      this.logger.error(`branch flags not raised: ${(error as Error).message}`);
    }
    if (passing && report.errors === 0) await this.sweeps.recordFullPass(calendar, now);

    report.ms = Math.round(performance.now() - started);
    const total = Object.values(report.applied).reduce((a, b) => a + b, 0);
    const summary = `deadline sweep: ${total} dossiers in ${report.ms} ms ${JSON.stringify(report.applied)}`;
    if (report.errors > 0) this.logger.warn(`${summary}, ${report.errors} errors`);
    else this.logger.log(summary);
    return report;
  }

  /** A page in one transaction; should it fail, one dossier at a time, so that a bad row costs only itself. */
  private async refreshPage(
    ids: string[],
    cause: keyof SweepReport['applied'],
    report: SweepReport,
  ): Promise<void> {
    if (ids.length === 0) return;
    try {
      // Counted once applied: pages run side by side, and `+=` over an await would lose a count.
      const applied = await this.deadlines.refreshMany(ids);
      report.applied[cause] += applied.length;
      return;
    } catch (error) {
      if (ids.length === 1) {
        report.errors++;
        this.logger.error(`dossier ${ids[0]}: deadlines not applied: ${(error as Error).message}`);
        return;
      }
    }
    for (const id of ids) {
      try {
        await this.deadlines.refresh(id);
        report.applied[cause]++;
      } catch (error) {
        report.errors++;
        this.logger.error(`dossier ${id}: deadlines not applied: ${(error as Error).message}`);
      }
    }
  }

  /**
   * One read of every running dossier: those whose due instants the calendar files now put elsewhere are
   * re-projected, then those whose stored instants or flags differ from what the current calendar gives are
   * applied.
   */
  private async fullPass(
    now: Date,
    report: SweepReport,
    refresh: (ids: string[], cause: 'recomputed') => Promise<void>,
  ): Promise<void> {
    const reprojection: ReprojectionResult = { moved: 0, errors: 0 };
    await this.sweeps.eachRunning(PAGE, async (page) => {
      const moved = new Set(await this.reprojection.reprojectPage(page, reprojection));
      const differing: string[] = [];
      for (const dossier of page) {
        if (moved.has(dossier.id)) continue;
        const { definition } = await this.revisions.get(dossier.procedureVersionId);
        if (planDiffers(this.tracker.plan(dossier, definition, now), dossier)) differing.push(dossier.id);
      }
      await refresh(differing, 'recomputed');
    });
    this.reprojection.logPass(reprojection);
    report.applied.reprojected = reprojection.moved;
    report.errors += reprojection.errors;
  }
}
