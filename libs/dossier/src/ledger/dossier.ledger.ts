import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { toVietnamIso } from '@motcua/calendar';
import { type OutboxItem, OutboxRepository, PORTAL_SYNC, type PortalSyncAppender } from '@motcua/queue';
import type { DossierEntity } from '../dossier.entity';
import { DossierErrorCode, DossierException, versionConflict } from '../dossier.exception';
import { DeadlineTracker, FLAG_PROPERTIES, type FlagColumns } from '../deadline/deadline-tracker.service';
import type { Committed, DossierPlan, InsertPlan, UpdatePlan } from './dossier.plan';
import { findDossierById, insertDossier, insertEvent, updateDossierWithEvent } from './dossier.sql';
import { closePause, expirePause, openPause } from './pause.sql';

const NO_FLAGS: FlagColumns = {
  flagDueSoonAt: null,
  flagOverdueAt: null,
  flagStepOverdueAt: null,
  flagStalledAt: null,
};

/**
 * The one write path of dossiers: applies any plan in one transaction. The row first (its versioned UPDATE, or
 * its INSERT), which holds it for the rest of the transaction; then the wait, the deadline flags and timers, the
 * portal sync message and the outbox rows; the relay is woken after the commit.
 */
@Injectable()
export class DossierLedger {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tracker: DeadlineTracker,
    private readonly outbox: OutboxRepository,
    @Inject(PORTAL_SYNC) private readonly portalSync: PortalSyncAppender,
  ) {}

  commit(plan: DossierPlan): Promise<Committed> {
    return this.dataSource.transaction(async (manager) => {
      const { committed, stored } =
        plan.kind === 'update' ? await this.update(manager, plan) : await this.insert(manager, plan);
      const jobs: OutboxItem[] = [...plan.jobs];
      if (plan.deadlines) {
        await this.tracker.applyPrepared(manager, committed.dossier, plan.deadlines, stored, plan.at, {
          jobs,
        });
      }
      if (plan.portalSync) await this.portalSync.append(manager, committed.dossier, committed.event, jobs);
      else await this.outbox.append(manager, jobs);
      await plan.alongside?.(manager, committed);
      return committed;
    });
  }

  /**
   * Plans on the row as it is now and commits; plans again on a fresh read when another change got there first
   * (for changes that conflict with nothing, such as a comment). Null when there is no such dossier or the
   * planner finds nothing to do.
   */
  async commitLatest(
    dossierId: string,
    planner: (dossier: DossierEntity) => DossierPlan | null | Promise<DossierPlan | null>,
  ): Promise<Committed | null> {
    for (;;) {
      const dossier = await findDossierById(this.dataSource.manager, dossierId);
      const plan = dossier && (await planner(dossier));
      if (!plan) return null;
      try {
        return await this.commit(plan);
      } catch (error) {
        if (!(error instanceof DossierException) || error.code !== DossierErrorCode.VersionConflict)
          throw error;
      }
    }
  }

  private async update(
    manager: EntityManager,
    plan: UpdatePlan,
  ): Promise<{ committed: Committed; stored: FlagColumns }> {
    const { dossier } = plan;
    const patch = { ...plan.patch, ...plan.deadlines?.columns };
    const written = await updateDossierWithEvent(
      manager,
      dossier.id,
      dossier.version,
      patch,
      { dossierId: dossier.id, ...plan.event },
      FLAG_PROPERTIES,
    );
    if (!written) throw await this.conflict(manager, dossier);
    const { event } = written;
    if (plan.closePause) await closePause(manager, dossier.id, plan.at, plan.closePause.dueAfter);
    if (plan.openPause) await openPause(manager, dossier.id, plan.at, plan.openPause);
    if (plan.expirePause) await expirePause(manager, plan.expirePause, plan.at);
    const after: DossierEntity = { ...dossier, ...patch, version: event.version };
    return { committed: { dossier: after, event }, stored: written.dossier };
  }

  private async insert(
    manager: EntityManager,
    plan: InsertPlan,
  ): Promise<{ committed: Committed; stored: FlagColumns }> {
    const row = { ...plan.row, ...plan.deadlines?.columns, version: 1 };
    const sequence = typeof plan.code === 'string' ? undefined : sequenceOf(plan.code.agencyId, plan.code.at);
    const dossier = await insertDossier(
      manager,
      sequence ? row : { ...row, code: plan.code as string },
      sequence,
    );
    if (sequence && Number(dossier.code.slice(sequence.prefix.length)) > 9999) {
      throw new RangeError(`more than 9999 dossiers for ${sequence.agencyId} on ${sequence.day}`);
    }
    const event = await insertEvent(manager, { dossierId: dossier.id, version: 1, ...plan.event });
    if (plan.openPause) await openPause(manager, dossier.id, plan.at, plan.openPause);
    return { committed: { dossier, event }, stored: NO_FLAGS };
  }

  private async conflict(manager: EntityManager, dossier: DossierEntity): Promise<DossierException> {
    const [current] = (await manager.query('SELECT version FROM dossier WHERE id = $1', [
      dossier.id,
    ])) as Array<{
      version: number;
    }>;
    return versionConflict(dossier.code, current?.version ?? dossier.version, dossier.version);
  }
}

/** `<agency id>-<yymmdd>-`, the Vietnam-local day of `at`, and the counter row it is numbered by. */
function sequenceOf(agencyId: string, at: Date): { agencyId: string; day: string; prefix: string } {
  const day = toVietnamIso(at).slice(0, 10);
  return { agencyId, day, prefix: `${agencyId}-${day.slice(2).replace(/-/g, '')}-` };
}
