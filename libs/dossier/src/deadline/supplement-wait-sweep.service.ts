import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { toVietnamIso } from '@motcua/calendar';
import { type Catalog, CATALOG, ProcedureRevisions, type ProcedureRevision } from '@motcua/catalog';
import { Clock } from '@motcua/common';
import { applyEventTo, restoreState, supplementWaitOf, type SupplementWaitPolicy } from '@motcua/engine';
import { PORTAL_SYNC, type PortalSyncAppender } from '@motcua/queue';
import { updateDossierWithEvent } from '../ledger/dossier.sql';
import type { DossierEntity } from '../dossier.entity';
import type { DossierEventEntity } from '../dossier-event.entity';
import { type DossierPatch, DossierRepository } from '../dossier.repository';
import { statusOf } from '../dossier.rules';
import { DeadlineTracker } from './deadline-tracker.service';
import { SupplementWaitRepository, type OpenWait } from './supplement-wait.repository';
import {
  type ExpiryOutcome,
  expiryOutcome,
  expiryReason,
  isSupplementWaitOver,
  supplementWaitEndsAt,
  WAITING_STATUSES,
} from './supplement-wait.rules';

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
 * withdrawn, stopped or (never accepted) refused, the portal told. One transaction per dossier, under its row lock.
 */
@Injectable()
export class SupplementWaitSweep {
  private readonly logger = new Logger('SupplementWaitSweep');

  constructor(
    @Inject(CATALOG) private readonly catalog: Catalog,
    private readonly revisions: ProcedureRevisions,
    private readonly dossiers: DossierRepository,
    private readonly waits: SupplementWaitRepository,
    private readonly tracker: DeadlineTracker,
    @Inject(PORTAL_SYNC) private readonly portalSync: PortalSyncAppender,
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
    return this.dossiers.transaction(async (manager) => {
      const dossier = await this.dossiers.lockById(manager, wait.dossierId);
      const pause = await this.waits.lockWait(manager, wait.pauseId);
      // A supplement, a withdrawal or another sweep committed meanwhile: nothing left to do.
      if (
        !dossier ||
        !pause ||
        pause.endedAt ||
        pause.expiredAt ||
        !WAITING_STATUSES.includes(dossier.status)
      ) {
        return false;
      }
      const outcome = expiryOutcome(policy.onExpiry, dossier.status);
      const reason = expiryReason(toVietnamIso(endsAt), pause.missingItems);
      const change = this.change(dossier, revision, outcome, now);
      const stored = await updateDossierWithEvent(
        manager,
        dossier.id,
        dossier.version,
        { ...change.patch, lastActivityAt: now },
        {
          dossierId: dossier.id,
          action: change.action,
          fromStep: dossier.step,
          toStep: change.patch.step === undefined ? dossier.step : change.patch.step,
          fromStatus: dossier.status,
          toStatus: change.patch.status ?? dossier.status,
          actorUsername: 'system',
          actorName: 'Hệ thống',
          comment: null,
          occurredAt: now,
          payload: {
            reason,
            cause: 'supplement_wait_expired',
            waitStartedAt: toVietnamIso(pause.startedAt),
            waitEndsAt: toVietnamIso(endsAt),
            limit: policy.limit,
            onExpiry: policy.onExpiry,
          },
        } satisfies Partial<DossierEventEntity>,
      );
      if (!stored) return false;
      await this.waits.markExpired(manager, pause.id, now);
      const after = { ...dossier, ...change.patch, lastActivityAt: now, version: stored.event.version };
      if (outcome.kind === 'end') {
        await this.dossiers.closePause(manager, dossier.id, now, null);
        await this.tracker.apply(manager, after, revision.definition, now);
        await this.portalSync.append(manager, after, stored.event);
      }
      await listener?.(manager, {
        dossier: after,
        endsAt,
        policy,
        outcome,
        missingItems: pause.missingItems,
        at: now,
      });
      return true;
    });
  }

  private change(
    dossier: DossierEntity,
    revision: ProcedureRevision,
    outcome: ExpiryOutcome,
    now: Date,
  ): { action: string; patch: DossierPatch } {
    if (outcome.kind === 'flag') {
      return { action: 'supplement_wait_expired', patch: { flagSupplementOverdueAt: now } };
    }
    const ended: DossierPatch = { status: outcome.status, finishedAt: now, pausedAt: null };
    if (dossier.machineState === null) return { action: outcome.action, patch: ended };
    // Accepted and paused: the engine's built-in withdraw or stop ends the machine too.
    const result = applyEventTo(restoreState(revision.compiled, dossier.machineState), {
      type: outcome.action,
    });
    if ('rejected' in result) {
      throw new Error(`the engine refuses '${outcome.action}' from ${dossier.status}`);
    }
    return {
      action: outcome.action,
      patch: {
        ...ended,
        machineState: result.state,
        status: statusOf(result),
        step: result.step,
        stepOwnerUnit: null,
        stepOwnerRole: null,
        assigneeId: null,
      },
    };
  }
}
