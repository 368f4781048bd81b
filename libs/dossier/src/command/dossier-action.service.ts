import { Inject, Injectable } from '@nestjs/common';
import { toVietnamIso } from '@motcua/calendar';
import { type Catalog, CATALOG, ProcedureRevisions, type ProcedureRevision } from '@motcua/catalog';
import { Clock, MetricsService } from '@motcua/common';
import {
  applyEventTo,
  type EngineResult,
  type ProcedureDefinition,
  type RestoredState,
  restoreState,
} from '@motcua/engine';
import type { AuthUser } from '@motcua/identity';
import {
  JobName,
  jobId,
  type OutboxItem,
  OutboxRepository,
  PORTAL_SYNC,
  type PortalSyncAppender,
} from '@motcua/queue';
import type { EntityManager } from 'typeorm';
import type { DossierEntity } from '../dossier.entity';
import type { DossierEventEntity } from '../dossier-event.entity';
import { DossierErrorCode, DossierException } from '../dossier.exception';
import { type DossierPatch, DossierRepository } from '../dossier.repository';
import {
  authorityOf,
  isPreIntake,
  isSendBack,
  mayAct,
  missingDocuments,
  NEEDS_REASON,
  stateActions,
  statusOf,
} from '../dossier.rules';
import { findStep, statutoryClock, stepDue, timeliness } from '../dossier.timing';
import { FINAL_STATUSES } from '../dossier.types';
import { DeadlineTracker, FLAG_PROPERTIES } from '../deadline/deadline-tracker.service';
import { actorOf } from './actor';
import type { DossierActionDto } from './dossier-action.dto';
import { DossierReader } from './dossier.reader';
import { updateDossierWithEvent } from './dossier.sql';
import { planExtension } from './new-appointment.rules';

/** What a committed action leaves the dossier at; the caller reads the full view itself if it needs one. */
export type ActionOutcome = Pick<DossierEntity, 'id' | 'code' | 'status' | 'step' | 'version'>;

interface Change {
  patch: DossierPatch;
  event: Partial<DossierEventEntity>;
  after?: (manager: EntityManager) => Promise<void>;
}

/**
 * Officers' and reception's actions on a dossier: the transition is computed purely by the engine; the new
 * state, the audit event and the outbox rows are written in one transaction guarded by the dossier version.
 */
@Injectable()
export class DossierActionService {
  constructor(
    @Inject(CATALOG) private readonly catalog: Catalog,
    private readonly revisions: ProcedureRevisions,
    private readonly dossiers: DossierRepository,
    private readonly reader: DossierReader,
    private readonly outbox: OutboxRepository,
    private readonly clock: Clock,
    private readonly metrics: MetricsService,
    private readonly deadlines: DeadlineTracker,
    @Inject(PORTAL_SYNC) private readonly portalSync: PortalSyncAppender,
  ) {}

  async act(user: AuthUser, code: string, dto: DossierActionDto): Promise<ActionOutcome> {
    const dossier = await this.reader.readable(user, code);
    this.checkVersion(dossier, dto.expectedVersion);
    const revision = await this.revisions.get(dossier.procedureVersionId);
    if (dossier.status === 'accepted') {
      throw new DossierException(
        DossierErrorCode.NotYetStarted,
        `dossier ${code} is being started by the intake queue; try again in a moment`,
      );
    }
    // Restored once: the same snapshot answers what is allowed and computes the transition.
    let restored: RestoredState | undefined;
    const machine = () => (restored ??= restoreState(revision.compiled, dossier.machineState!));
    const allowed = stateActions(dossier, () => [...machine().allowed]);
    if (dto.action === 'extend' && dossier.extendedAt) {
      throw new DossierException(
        DossierErrorCode.AlreadyExtended,
        `extend: the appointment of ${code} was already extended once (${toVietnamIso(dossier.extendedAt)}); ` +
          'the law allows one apology and extension',
        { allowed },
      );
    }
    if (!allowed.includes(dto.action)) {
      throw new DossierException(
        DossierErrorCode.ActionNotAllowed,
        FINAL_STATUSES.includes(dossier.status)
          ? `action '${dto.action}' is not allowed: dossier ${code} is ${dossier.status}`
          : `action '${dto.action}' is not allowed now; allowed: ${allowed.join(', ')}`,
        { allowed },
      );
    }
    const authority = authorityOf(this.catalog.org, revision.definition, dossier.receivingUnit);
    if (!mayAct(user, dossier, dto.action, authority)) {
      throw new DossierException(
        DossierErrorCode.NotStepOwner,
        BUILTIN_OWNER[dto.action] && !isPreIntake(dossier)
          ? `${dto.action}: ${BUILTIN_OWNER[dto.action]}`
          : dossier.stepOwnerUnit
            ? `step '${dossier.step}' belongs to ${dossier.stepOwnerRole} of ${dossier.stepOwnerUnit}` +
              (dossier.assigneeId ? ' (assigned to another officer)' : '')
            : `only reception of ${dossier.receivingUnit} acts on this dossier now`,
      );
    }
    if (NEEDS_REASON.includes(dto.action) && !dto.reason) {
      throw new DossierException(DossierErrorCode.ReasonRequired, `reason: required for '${dto.action}'`);
    }
    if (dto.action === 'request_supplement' && !dto.missingItems?.length) {
      throw new DossierException(
        DossierErrorCode.ReasonRequired,
        `missingItems: list what the citizen must bring`,
      );
    }

    const now = this.clock.now();
    const change = isPreIntake(dossier)
      ? this.preIntake(dossier, revision, dto, now)
      : this.transition(dossier, revision, machine(), dto, now);
    return this.commit(user, dossier, revision.definition, dto, change, now);
  }

  private checkVersion(dossier: DossierEntity, expected: number): void {
    if (dossier.version !== expected) {
      throw new DossierException(
        DossierErrorCode.VersionConflict,
        `dossier ${dossier.code} is at version ${dossier.version}, not ${expected}: reload it and try again`,
        { currentVersion: dossier.version },
      );
    }
  }

  /**
   * Not started yet: incomplete at the desk (the citizen completes it) or sent in online (reception accepts it);
   * the clock starts now. Or it ends.
   */
  private preIntake(
    dossier: DossierEntity,
    revision: ProcedureRevision,
    dto: DossierActionDto,
    now: Date,
  ): Change {
    if (dto.action === 'request_supplement') return this.preIntakeSupplement(dossier, dto, now);
    if (dto.action !== 'supplement_received' && dto.action !== 'accept') {
      const status = dto.action === 'refuse' ? 'refused' : 'withdrawn';
      return {
        patch: { status, finishedAt: now, pausedAt: null },
        event: { toStatus: status, payload: { reason: dto.reason } },
        after: (manager) => this.dossiers.closePause(manager, dossier.id, now, null),
      };
    }
    const documents = [...dossier.documents, ...(dto.documents ?? [])];
    const missing = missingDocuments(revision.definition, documents);
    if (missing.length > 0) {
      throw new DossierException(
        DossierErrorCode.MissingDocuments,
        `documents: still missing or short: ${missing.map((n) => `'${n}'`).join(', ')}`,
        { missing },
      );
    }
    const clock = statutoryClock(this.catalog.calendar, revision.definition, this.centerCutoff(), now);
    return {
      patch: {
        status: 'accepted',
        documents,
        acceptedAt: now,
        clockStartedAt: clock.clockStartedAt,
        dueAt: clock.dueAt,
        pausedAt: null,
        receiptDueAt: clock.dueAt,
      },
      event: { toStatus: 'accepted', payload: { documents: dto.documents ?? [] } },
      after: async (manager) => {
        await this.dossiers.closePause(manager, dossier.id, now, clock.dueAt);
        await this.outbox.append(manager, [
          {
            job: { name: JobName.StartDossier, data: { dossierId: dossier.id } },
            jobId: jobId('intake', dossier.id),
          },
        ]);
      },
    };
  }

  /** An online dossier found incomplete: the citizen is asked, through the portal (status 5), for what is missing. */
  private preIntakeSupplement(dossier: DossierEntity, dto: DossierActionDto, now: Date): Change {
    return {
      patch: { status: 'awaiting_documents', pausedAt: now },
      event: {
        toStatus: 'awaiting_documents',
        payload: { reason: dto.reason, missingItems: dto.missingItems },
      },
      after: async (manager) => {
        await this.dossiers.openPause(manager, {
          dossierId: dossier.id,
          step: null,
          reason: dto.reason!,
          missingItems: dto.missingItems!,
          startedAt: now,
          dueBefore: null,
        });
      },
    };
  }

  private transition(
    dossier: DossierEntity,
    revision: ProcedureRevision,
    machine: RestoredState,
    dto: DossierActionDto,
    now: Date,
  ): Change {
    const { definition } = revision;
    const outcome = applyEventTo(machine, {
      type: dto.action,
      ...(dto.comment !== undefined ? { comment: dto.comment } : {}),
      ...(dto.feesPaid !== undefined ? { feesPaid: dto.feesPaid } : {}),
    });
    if ('rejected' in outcome) {
      throw new DossierException(
        outcome.guard ? DossierErrorCode.GuardFailed : DossierErrorCode.ActionNotAllowed,
        outcome.guard
          ? `action '${dto.action}' needs ${GUARD_NEEDS[outcome.guard] ?? `guard '${outcome.guard}' to pass`}`
          : `action '${dto.action}' is not allowed now; allowed: ${outcome.allowed.join(', ')}`,
        { allowed: outcome.allowed, ...(outcome.guard ? { guard: outcome.guard } : {}) },
      );
    }
    const status = statusOf(outcome);
    const patch: DossierPatch = { machineState: outcome.state, status, step: outcome.step };
    const payload: Record<string, unknown> = { actions: outcome.actions };
    if (isSendBack(dossier.machineState!.context, outcome.context)) {
      const reason = dto.reason ?? dto.comment?.trim();
      if (!reason) {
        throw new DossierException(
          DossierErrorCode.ReasonRequired,
          `reason: a send-back must give its reason (lý do trả lại hồ sơ)`,
        );
      }
      Object.assign(payload, { sendBack: true, reason });
    }
    const event: Partial<DossierEventEntity> = { toStatus: status, toStep: outcome.step, payload };
    const calendar = this.catalog.calendar;

    switch (dto.action) {
      case 'request_supplement':
        patch.pausedAt = now;
        Object.assign(payload, { reason: dto.reason, missingItems: dto.missingItems });
        return {
          patch,
          event,
          after: async (manager) => {
            await this.dossiers.openPause(manager, {
              dossierId: dossier.id,
              step: dossier.step,
              reason: dto.reason!,
              missingItems: dto.missingItems!,
              startedAt: now,
              dueBefore: dossier.dueAt,
            });
          },
        };
      case 'supplement_received': {
        // Decree 118: the statutory clock restarts from zero on the complete dossier, and so does the step's.
        const clock = statutoryClock(calendar, definition, this.centerCutoff(), now);
        const step = findStep(definition, outcome.step)!;
        Object.assign(patch, {
          pausedAt: null,
          clockStartedAt: clock.clockStartedAt,
          dueAt: clock.dueAt,
          receiptDueAt: clock.dueAt,
          stepStartedAt: clock.clockStartedAt,
          stepDueAt: stepDue(calendar, step, clock.clockStartedAt),
          stepConsumed: {},
          documents: [...dossier.documents, ...(dto.documents ?? [])],
        });
        Object.assign(payload, {
          previousDueAt: dossier.dueAt,
          newDueAt: clock.dueAt,
          documents: dto.documents ?? [],
        });
        return { patch, event, after: (m) => this.dossiers.closePause(m, dossier.id, now, clock.dueAt) };
      }
      case 'extend': {
        // Issued after the appointment passed, it informs the citizen but leaves the dossier judged late.
        const plan = planExtension(calendar, dto.newAppointment, dossier.dueAt, now);
        Object.assign(patch, { dueAt: plan.dueAt, extendedAt: now });
        Object.assign(payload, {
          reason: dto.reason,
          previousDueAt: dossier.dueAt,
          newDueAt: plan.appointment,
          judgedDueAt: plan.dueAt,
          apology: plan.apology,
        });
        return { patch, event };
      }
      case 'refuse':
      case 'withdraw':
      case 'stop':
        Object.assign(patch, {
          finishedAt: now,
          stepOwnerUnit: null,
          stepOwnerRole: null,
          assigneeId: null,
          pausedAt: null,
        });
        payload.reason = dto.reason;
        return { patch, event, after: (m) => this.dossiers.closePause(m, dossier.id, now, null) };
      default:
        return this.handOver(dossier, definition, outcome, patch, event, now);
    }
  }

  /** A step's own action: the step is handed over (graded on the control sheet) and the next one starts. */
  private handOver(
    dossier: DossierEntity,
    definition: ProcedureDefinition,
    outcome: EngineResult,
    patch: DossierPatch,
    event: Partial<DossierEventEntity>,
    now: Date,
  ): Change {
    const calendar = this.catalog.calendar;
    const used = dossier.stepStartedAt ? calendar.workingMinutesBetween(dossier.stepStartedAt, now) : 0;
    const consumed = { ...dossier.stepConsumed };
    if (dossier.step) consumed[dossier.step] = (consumed[dossier.step] ?? 0) + used;
    patch.stepConsumed = consumed;
    event.workingMinutes = used.toFixed(2);
    if (dossier.stepDueAt) event.timeliness = timeliness(now, dossier.stepDueAt);
    if (outcome.resultReady && !dossier.resultReadyAt) patch.resultReadyAt = now;
    const next = findStep(definition, outcome.step);
    if (next) {
      Object.assign(patch, {
        stepOwnerUnit: next.owner.unit,
        stepOwnerRole: next.owner.role,
        assigneeId: null,
        stepStartedAt: now,
        stepDueAt: stepDue(calendar, next, now, consumed[next.id]),
      });
    } else {
      Object.assign(patch, {
        stepOwnerUnit: null,
        stepOwnerRole: null,
        assigneeId: null,
        finishedAt: now,
        stepDueAt: null,
      });
      if (dossier.dueAt)
        (event.payload as Record<string, unknown>).dossierTimeliness = timeliness(now, dossier.dueAt);
    }
    return { patch, event };
  }

  private centerCutoff(): string | null {
    return this.catalog.org.center.cutoff ?? null;
  }

  private async commit(
    user: AuthUser,
    dossier: DossierEntity,
    definition: ProcedureDefinition,
    dto: DossierActionDto,
    change: Change,
    now: Date,
  ): Promise<ActionOutcome> {
    const after = await this.dossiers.transaction(async (manager) => {
      const patch: DossierPatch = { ...change.patch, lastActivityAt: now };
      // The deadline instants depend on the row after the change, not on its version: they go into its UPDATE.
      const deadlines = this.deadlines.prepare({ ...dossier, ...patch }, definition, now);
      const stored = await updateDossierWithEvent(
        manager,
        dossier.id,
        dto.expectedVersion,
        { ...patch, ...deadlines.columns },
        {
          dossierId: dossier.id,
          action: dto.action,
          fromStep: dossier.step,
          toStep: dossier.step,
          fromStatus: dossier.status,
          ...actorOf(user, dossier.stepOwnerRole),
          comment: dto.comment ?? null,
          occurredAt: now,
          stepStartedAt: dossier.stepStartedAt,
          stepDueAt: dossier.stepDueAt,
          ...change.event,
        },
        FLAG_PROPERTIES,
      );
      if (stored === null) {
        const current = await this.dossiers.findById(dossier.id, manager);
        this.checkVersion(current!, dto.expectedVersion);
      }
      const { event, dossier: flags } = stored!;
      const { version } = event;
      await change.after?.(manager);
      const after = { ...dossier, ...patch, version };
      // The deadline jobs are written with the portal sync message and its job, in one statement.
      const jobs: OutboxItem[] = [];
      await this.deadlines.applyPrepared(manager, after, deadlines, flags, now, { jobs });
      await this.portalSync.append(manager, after, event, jobs);
      return after;
    });
    this.metrics.transition(dto.action);
    // Not read back: the one caller, the controller, reads the view through the query service anyway.
    return { id: after.id, code: after.code, status: after.status, step: after.step, version: after.version };
  }
}

const BUILTIN_OWNER: Record<string, string> = {
  withdraw: "only reception of the receiving unit records a withdrawal, at the citizen's request",
  refuse: 'only the competent agency (its deciding roles) refuses to resolve a dossier',
  stop: 'only the competent agency (its deciding roles) stops processing',
  extend: 'only the head of the unit holding the step (in the competent agency) or its leader extends',
  request_supplement:
    'only reception or the appraising officer of the competent agency asks for a supplement',
  supplement_received: 'only reception or the appraising officer records a supplement',
};

const GUARD_NEEDS: Record<string, string> = {
  hasComment: 'a comment giving the reason',
  feesPaid: 'the fees to be paid (feesPaid: true)',
};
