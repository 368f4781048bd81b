import { Inject, Injectable, Logger } from '@nestjs/common';
import { type Catalog, CATALOG, ProcedureRevisions } from '@motcua/catalog';
import { Clock } from '@motcua/common';
import { type OutboxItem, PORTAL_SYNC, type PortalSyncAppender } from '@motcua/queue';
import { updateDossierWithEvent } from '../ledger/dossier.sql';
import { type DossierPatch, DossierRepository } from '../dossier.repository';
import { DeadlineSweepRepository } from './deadline-sweep.repository';
import { DeadlineTracker, FLAG_PROPERTIES } from './deadline-tracker.service';
import { REPROJECTION_NOTIFIER, type ReprojectionNotifier } from './reprojection.port';
import { planReprojection, reprojectionPayload, reprojectionText } from './reprojection.plan';

const PAGE = 500;

/** The audit action of a move by a calendar change. */
export const CALENDAR_CHANGE_ACTION = 'calendar_change';

/**
 * At worker start, moves the due instants of running dossiers to where the current calendar puts them (a
 * provisional year confirmed, a swap announced). Each moved dossier is one transaction: the row at a new version,
 * its `calendar_change` audit event (old and new instants, the years' schedules that moved them), the step owner's
 * notification, the portal message with the new appointment, and the deadline timers. A dossier already on the
 * calendar is not touched, so a second start moves nothing.
 */
@Injectable()
export class ReprojectionService {
  private readonly logger = new Logger('CalendarReprojection');

  constructor(
    @Inject(CATALOG) private readonly catalog: Catalog,
    private readonly revisions: ProcedureRevisions,
    private readonly dossiers: DossierRepository,
    private readonly sweeps: DeadlineSweepRepository,
    private readonly tracker: DeadlineTracker,
    private readonly clock: Clock,
    @Inject(PORTAL_SYNC) private readonly portalSync: PortalSyncAppender,
    @Inject(REPROJECTION_NOTIFIER) private readonly notifier: ReprojectionNotifier,
  ) {}

  async reprojectAll(): Promise<{ moved: number; errors: number }> {
    const result = { moved: 0, errors: 0 };
    for (let after: string | undefined; ;) {
      const page = await this.sweeps.runningPage(PAGE, after);
      for (const dossier of page) {
        try {
          const { definition } = await this.revisions.get(dossier.procedureVersionId);
          if (!planReprojection(this.catalog.calendar, definition, dossier)) continue;
          if (await this.reproject(dossier.id)) result.moved++;
        } catch (error) {
          result.errors++;
          this.logger.error(`dossier ${dossier.code}: not re-projected: ${(error as Error).message}`);
        }
      }
      if (page.length < PAGE) break;
      after = page[page.length - 1].id;
    }
    if (result.moved > 0 || result.errors > 0) {
      this.logger.log(
        `calendar re-projection: ${result.moved} running dossiers moved, ${result.errors} errors`,
      );
    }
    return result;
  }

  /** Re-plans under the row lock (an action may have moved the dossier since it was read); true when it moved. */
  reproject(dossierId: string): Promise<boolean> {
    return this.dossiers.transaction(async (manager) => {
      const dossier = await this.dossiers.lockById(manager, dossierId);
      if (!dossier) return false;
      const { definition } = await this.revisions.get(dossier.procedureVersionId);
      const plan = planReprojection(this.catalog.calendar, definition, dossier);
      if (!plan) return false;
      const now = this.clock.now();
      const patch: DossierPatch = {
        ...(plan.dueAt ? { dueAt: plan.dueAt.to } : {}),
        ...(plan.stepDueAt ? { stepDueAt: plan.stepDueAt.to } : {}),
      };
      const deadlines = this.tracker.prepare({ ...dossier, ...patch }, definition, now);
      const stored = await updateDossierWithEvent(
        manager,
        dossier.id,
        dossier.version,
        { ...patch, ...deadlines.columns },
        {
          dossierId: dossier.id,
          action: CALENDAR_CHANGE_ACTION,
          fromStep: dossier.step,
          toStep: dossier.step,
          fromStatus: dossier.status,
          toStatus: dossier.status,
          actorId: null,
          comment: reprojectionText(plan),
          payload: reprojectionPayload(plan),
          occurredAt: now,
          stepStartedAt: dossier.stepStartedAt,
          stepDueAt: patch.stepDueAt ?? dossier.stepDueAt,
        },
        FLAG_PROPERTIES,
      );
      // Unreachable while the row is locked; thrown so that nothing is half-written.
      if (!stored) throw new Error(`dossier ${dossier.code} changed under its lock`);
      const after = { ...dossier, ...patch, version: stored.event.version };
      const jobs: OutboxItem[] = [];
      await this.tracker.applyPrepared(manager, after, deadlines, stored.dossier, now, { jobs });
      await this.notifier.notify(manager, after, plan, stored.event.version, now);
      await this.portalSync.append(manager, after, stored.event, jobs);
      return true;
    });
  }
}
