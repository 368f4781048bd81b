import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type OutboxItem, OutboxRepository } from '@motcua/queue';
import { PORTAL_SYNC, type PortalSyncAppender } from './portal-sync.types';
import type { DossierEntity } from '../dossier.entity';
import { DossierErrorCode, DossierException, versionConflict } from '../dossier.exception';
import { DeadlineTrackerService, FLAG_PROPERTIES, type FlagColumns } from '../deadline/deadline-tracker.service';
import type { Committed, DossierPlan, InsertPlan, UpdatePlan } from './dossier.plan';
import { dailyCounter } from '../dossier-code.rules';
import type { DossierEventEntity } from '../dossier-event.entity';
import { findDossierById, updateDossierWithEvent } from './dossier.sql';
import { DATABASE_NOW, insertNewDossier, Stamped } from './new-dossier.sql';
import { closePause, expirePause, openPause } from './pause.sql';
import { closeOpenBranches, upsertBranches } from './branch.sql';
import { forkStepOf } from '../command/branch.rules';
import { CITIZEN_NOTICES, type CitizenNoticePlanner } from './citizen-notice.types';
import { insertDependentRows } from './dependent-rows.sql';

/**
 * The one write path of dossiers: applies any plan in one transaction. The row first (its versioned UPDATE, or
 * its INSERT), which holds it for the rest of the transaction; then the wait, the deadline flags and timers, the
 * portal sync message, the citizen's notices and the outbox rows; the relay is woken after the commit.
 */
@Injectable()
export class DossierLedgerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tracker: DeadlineTrackerService,
    private readonly outbox: OutboxRepository,
    @Inject(PORTAL_SYNC) private readonly portalSync: PortalSyncAppender,
    @Inject(CITIZEN_NOTICES) private readonly citizenNotices: CitizenNoticePlanner,
  ) {}

  commit(plan: DossierPlan): Promise<Committed> {
    if (plan.kind === 'insert') return this.insert(plan);
    return this.dataSource.transaction(async (manager) => {
      const { committed, stored } = await this.update(manager, plan);
      const jobs: OutboxItem[] = [...plan.jobs];
      if (plan.deadlines) {
        await this.tracker.applyPrepared(manager, committed.dossier, plan.deadlines, stored, plan.at, {
          jobs,
        });
      }
      const notices = this.citizenNotices.plan({
        dossier: committed.dossier,
        event: committed.event,
        version: committed.event.version,
      });
      await insertDependentRows(manager, notices.rows);
      jobs.push(...notices.jobs);
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
    if (plan.branches?.length) await upsertBranches(manager, dossier.id, plan.branches, plan.at);
    // A dossier that ends inside a fork by a path that plans no branch rows (a supplement wait's expiry): its
    // open branches close with it.
    else if (patch.finishedAt && forkStepOf(dossier)) await closeOpenBranches(manager, dossier.id, plan.at);
    const after: DossierEntity = { ...dossier, ...patch, version: event.version };
    return { committed: { dossier: after, event }, stored: written.dossier };
  }

  /**
   * A new dossier in one statement that commits alone (see `insertNewDossier`): a new row neither runs nor is
   * tracked, and its portal message is built from the plan, with nothing to read back.
   */
  private async insert(plan: InsertPlan): Promise<Committed> {
    if (plan.deadlines?.columns)
      throw new Error('a new dossier starts untracked: its plan carries no deadlines');
    const { manager } = this.dataSource;
    // Code and lookup key are drawn by the statement.
    const dossier = { ...plan.row, code: '', lookupKey: '', version: 1 } as DossierEntity;
    const event = { dossierId: dossier.id, version: 1, ...plan.event } as DossierEventEntity;
    const notices = this.citizenNotices.plan({ dossier, event, version: 1 });
    const jobs = [...plan.jobs, ...notices.jobs];
    const rows = [...(plan.rows ?? []), ...notices.rows];
    if (plan.portalSync) {
      const message = await this.portalSync.firstMessage(manager, dossier, event);
      rows.unshift({
        table: 'portal_sync_message',
        values: {
          dossier_id: dossier.id,
          seq: message.seq,
          dossier_version: 1,
          payload: new Stamped(message.payload, { code: message.codeAt }),
          created_at: event.occurredAt,
          next_attempt_at: DATABASE_NOW,
        },
      });
      jobs.push(message.job);
    }
    const keys = await insertNewDossier(manager, {
      code: typeof plan.code === 'string' ? plan.code : dailyCounter(plan.code.agencyId, plan.code.at),
      dossier: plan.row,
      event,
      ...(plan.openPause ? { pause: { dossierId: dossier.id, startedAt: plan.at, ...plan.openPause } } : {}),
      jobs,
      rows,
    });
    return { dossier: { ...dossier, ...keys }, event };
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
