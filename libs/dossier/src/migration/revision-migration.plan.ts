import type { WorkingCalendar } from '@motcua/calendar';
import type { ProcedureRevision } from '@motcua/catalog';
import { type PersistedState, type PersistedValue, restoreState } from '@motcua/engine';
import type { AuthUser } from '@motcua/identity';
import { actorOf } from '../command/actor.rules';
import { prepareDeadlines } from '../deadline/deadline-prepare.rules';
import { withExtensions } from '../deadline/limit-extension.rules';
import type { DossierEntity } from '../dossier.entity';
import { DossierErrorCode, DossierException } from '../dossier.exception';
import type { DossierPatch } from '../dossier.repository';
import { FINAL_STATUSES } from '../dossier.types';
import { findStep, stepDue } from '../dossier-timing.rules';
import { eventWhereItStands, type UpdatePlan } from '../ledger/dossier.plan';

/** The audit action of a dossier moved onto another revision of its procedure. */
export const MIGRATE_REVISION_ACTION = 'migrate_revision';

export type MigrationRevision = Pick<ProcedureRevision, 'id' | 'revision' | 'definition' | 'compiled'>;

export interface MigrationContext {
  dossier: DossierEntity;
  from: MigrationRevision;
  to: MigrationRevision;
  /** Every step of `from` to its step in `to` (`resolveStepMapping`). */
  mapping: Record<string, string>;
  calendar: WorkingCalendar;
  actor: AuthUser;
  now: Date;
}

/** Where a dossier stands on one revision: its step, who owns it, when it is due. */
export interface StepPosition {
  revision: number;
  version: number;
  step: string | null;
  stepName: string | null;
  ownerUnit: string | null;
  ownerRole: string | null;
  stepDueAt: Date | null;
}

/** What a migration would change of one dossier (the dry run lists it; the run writes it). */
export interface MigrationPreview {
  code: string;
  version: number;
  status: string;
  from: StepPosition;
  to: StepPosition;
  /** The statutory appointment: kept (the receipt gave it to the citizen). */
  appointmentAt: Date | null;
  /** What the new revision's limit would give from the clock start, when it differs from the kept appointment. */
  newLimitAppointmentAt: Date | null;
  assigneeReset: boolean;
}

const refuse = (dossier: DossierEntity, why: string): never => {
  throw new DossierException(DossierErrorCode.NotMigratable, `dossier ${dossier.code} ${why}`, {
    dossier: dossier.code,
  });
};

/**
 * A running dossier re-based onto another revision of its procedure: its machine state at the mapped step (same
 * phase, the visited steps and per-step consumption renamed), the step's owner from the new revision (the
 * assignee reset when the owner changes), the step's due instant re-planned from its start with the new
 * allotment, the deadlines re-planned, one `migrate_revision` event. The statutory appointment stays: it is the
 * date the receipt gave the citizen. Throws NOT_MIGRATABLE for a dossier that is finished, not started or on
 * another revision.
 */
export function planRevisionMigration(ctx: MigrationContext): {
  preview: MigrationPreview;
  plan: UpdatePlan;
} {
  const { dossier, from, to, mapping, calendar, now } = ctx;
  if (dossier.procedureVersionId !== from.id) refuse(dossier, `is not on revision ${from.revision}`);
  if (FINAL_STATUSES.includes(dossier.status)) refuse(dossier, `is finished (${dossier.status})`);
  const state = dossier.machineState;
  if (!state || typeof state.value === 'string') refuse(dossier, `has not started its procedure yet`);
  const [[oldStep, phase]] = Object.entries(state!.value as Record<string, string>) as [[string, string]];
  // Branch rows would have to be re-based one by one: a dossier moves between revisions outside its forks only.
  if (typeof phase !== 'string') refuse(dossier, `is in the parallel branches of step '${oldStep}'`);
  const newStep = mapping[oldStep] ?? oldStep;
  if (findStep(to.definition, newStep)?.fork)
    refuse(dossier, `would land in the parallel branches of '${newStep}'`);
  const rename = (id: string): string => mapping[id] ?? id;
  const rebased: PersistedState = {
    value: { [newStep]: phase } as PersistedValue,
    context: { ...state!.context, visited: [...new Set(state!.context.visited.map(rename))] },
  };
  restoreState(to.compiled, rebased); // throws if the new revision cannot hold the state: a mapping bug

  const step = findStep(to.definition, newStep)!;
  const consumed: Record<string, number> = {};
  for (const [id, minutes] of Object.entries(dossier.stepConsumed)) {
    consumed[rename(id)] = (consumed[rename(id)] ?? 0) + minutes;
  }
  const ownerChanged = dossier.stepOwnerUnit !== step.owner.unit || dossier.stepOwnerRole !== step.owner.role;
  const stepDueAt =
    dossier.stepStartedAt && dossier.stepDueAt && !dossier.pausedAt
      ? stepDue(calendar, step, dossier.stepStartedAt, consumed[newStep] ?? 0)
      : dossier.stepDueAt;
  const patch: DossierPatch = {
    procedureVersionId: to.id,
    machineState: rebased,
    step: newStep,
    stepOwnerUnit: step.owner.unit,
    stepOwnerRole: step.owner.role,
    assigneeId: ownerChanged ? null : dossier.assigneeId,
    stepDueAt,
    stepConsumed: consumed,
    routeUnits: [...new Set(to.definition.steps.map((s) => s.owner.unit))].filter((u) => u !== ''),
    // A conditional limit taken on the old revision stays taken under the step's new id.
    limitExtensions: dossier.limitExtensions.map((t) => ({ ...t, step: rename(t.step) })),
  };
  const preview = previewOf(ctx, step.name, stepDueAt, ownerChanged && dossier.assigneeId !== null);
  const plan: UpdatePlan = {
    kind: 'update',
    at: now,
    dossier,
    patch,
    event: {
      ...eventWhereItStands(dossier, now),
      action: MIGRATE_REVISION_ACTION,
      toStep: newStep,
      ...actorOf(ctx.actor, null),
      comment: `Chuyển sang phiên bản ${to.revision} của quy trình (từ phiên bản ${from.revision})`,
      payload: {
        fromRevision: from.revision,
        toRevision: to.revision,
        fromVersion: from.definition.version,
        toVersion: to.definition.version,
        mapping: { [oldStep]: newStep },
        stepMapping: mapping,
        previousStepDueAt: dossier.stepDueAt,
        newStepDueAt: stepDueAt,
        assigneeReset: preview.assigneeReset,
      },
      stepStartedAt: dossier.stepStartedAt,
      stepDueAt,
    },
    deadlines: prepareDeadlines(calendar, to.definition, { ...dossier, ...patch }, now),
    portalSync: true,
    jobs: [],
  };
  return { preview, plan };
}

function previewOf(
  ctx: MigrationContext,
  stepName: string,
  stepDueAt: Date | null,
  assigneeReset: boolean,
): MigrationPreview {
  const { dossier, from, to, mapping, calendar } = ctx;
  const oldStep = findStep(from.definition, dossier.step);
  const newStep = mapping[dossier.step!] ?? dossier.step!;
  const owner = findStep(to.definition, newStep)!.owner;
  const byNewLimit =
    dossier.clockStartedAt && !dossier.pausedAt
      ? withExtensions(
          calendar,
          to.definition,
          calendar.dueAt(dossier.clockStartedAt, to.definition.deadline),
          dossier.limitExtensions,
        )
      : null;
  return {
    code: dossier.code,
    version: dossier.version,
    status: dossier.status,
    from: {
      revision: from.revision,
      version: from.definition.version,
      step: dossier.step,
      stepName: oldStep?.name ?? null,
      ownerUnit: dossier.stepOwnerUnit,
      ownerRole: dossier.stepOwnerRole,
      stepDueAt: dossier.stepDueAt,
    },
    to: {
      revision: to.revision,
      version: to.definition.version,
      step: newStep,
      stepName,
      ownerUnit: owner.unit,
      ownerRole: owner.role,
      stepDueAt,
    },
    appointmentAt: dossier.dueAt,
    newLimitAppointmentAt:
      byNewLimit && dossier.dueAt && byNewLimit.getTime() !== dossier.dueAt.getTime() && !sameLimit(ctx)
        ? byNewLimit
        : null,
    assigneeReset,
  };
}

const sameLimit = ({ from, to }: MigrationContext): boolean =>
  from.definition.deadline.amount === to.definition.deadline.amount &&
  from.definition.deadline.unit === to.definition.deadline.unit &&
  from.definition.deadline.dueAtClose === to.definition.deadline.dueAtClose;
