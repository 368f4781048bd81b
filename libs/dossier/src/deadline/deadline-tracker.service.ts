import { Inject, Injectable } from '@nestjs/common';
import { type Catalog, CATALOG } from '@motcua/catalog';
import { DEFAULT_DEADLINE_POLICY, type ProcedureDefinition } from '@motcua/engine';
import { jobId, JobName, type OutboxItem, OutboxRepository } from '@motcua/queue';
import type { EntityManager } from 'typeorm';
import type { DossierEntity } from '../dossier.entity';
import { FLAGS, type Flag } from './deadline.rules';
import { compactInstant, type DeadlinePlan, planDeadlines } from './deadline.plan';
import {
  type DeadlineColumns,
  DossierFlagRepository,
  FLAG_COLUMNS,
  type FlagRow,
} from './dossier-flag.repository';

export interface ApplyOptions {
  /**
   * A timer or the sweep, not a state change: the next timer's id also names its instant, since the version
   * (and so the state change's own timer id) stays the same.
   */
  followUp?: boolean;
}

/**
 * Keeps a dossier's deadline instants and flags true to its row at `now`. Runs inside every state change's
 * transaction (which holds the dossier row by its versioned UPDATE) and, under a row lock, in the timer and the
 * sweep. Safe to run any number of times: a flag is one row per subject, and its escalation is written only by
 * the run that created the row.
 */
@Injectable()
export class DeadlineTracker {
  constructor(
    @Inject(CATALOG) private readonly catalog: Catalog,
    private readonly flags: DossierFlagRepository,
    private readonly outbox: OutboxRepository,
  ) {}

  plan(dossier: DossierEntity, definition: ProcedureDefinition, now: Date): DeadlinePlan {
    // Revisions recorded before deadline policies existed carry none: they get the defaults.
    const policy = definition.deadlines ?? DEFAULT_DEADLINE_POLICY;
    return planDeadlines(this.catalog.calendar, policy, dossier, now);
  }

  async apply(
    manager: EntityManager,
    dossier: DossierEntity,
    definition: ProcedureDefinition,
    now: Date,
    options: ApplyOptions = {},
  ): Promise<DeadlinePlan> {
    const plan = this.plan(dossier, definition, now);
    if (!plan.running && !tracked(dossier)) return plan;

    const { raisedAt, created } = await this.reconcile(manager, dossier, plan, now);
    const columns: DeadlineColumns = { ...plan.instants, apologyRemindedAt: plan.apologyRemindedAt };
    for (const flag of FLAGS) columns[FLAG_COLUMNS[flag].property] = raisedAt.get(flag) ?? null;
    await this.flags.saveColumns(manager, dossier.id, columns);

    const jobs: OutboxItem[] = created.map((row) => ({
      job: { name: JobName.Escalate, data: { flagId: row.id, level: 1 } },
      jobId: jobId('escalate', row.id, 1),
    }));
    if (plan.remindApology && dossier.dueAt) {
      jobs.push({
        job: { name: JobName.RemindApology, data: { dossierId: dossier.id } },
        jobId: jobId('apology', dossier.id, compactInstant(dossier.dueAt)),
      });
    }
    if (plan.nextCheckAt) {
      const id = options.followUp
        ? jobId('deadline', dossier.id, dossier.version, compactInstant(plan.nextCheckAt))
        : jobId('deadline', dossier.id, dossier.version);
      jobs.push({
        job: { name: JobName.CheckDeadlines, data: { dossierId: dossier.id, version: dossier.version } },
        jobId: id,
        delayUntil: plan.nextCheckAt,
      });
    }
    await this.outbox.append(manager, jobs);
    return plan;
  }

  /** Raises the planned flags that have no row yet, reopens any cleared one, clears every other open one. */
  private async reconcile(
    manager: EntityManager,
    dossier: DossierEntity,
    plan: DeadlinePlan,
    now: Date,
  ): Promise<{ raisedAt: Map<Flag, Date>; created: FlagRow[] }> {
    const rows = await this.flags.relevant(
      manager,
      dossier.id,
      plan.flags.map((f) => f.subject),
    );
    const raisedAt = new Map<Flag, Date>();
    const created: FlagRow[] = [];
    const kept = new Set<string>();
    const reopened: string[] = [];
    const owner = { step: dossier.step, unit: dossier.stepOwnerUnit, role: dossier.stepOwnerRole };
    for (const { flag, subject } of plan.flags) {
      let row = rows.find((r) => r.flag === flag && r.subject === subject);
      if (!row) {
        const inserted = await this.flags.raise(manager, dossier.id, flag, subject, owner, now);
        if (inserted) created.push(inserted);
        row = inserted ?? (await this.flags.find(manager, dossier.id, flag, subject));
      } else if (row.clearedAt) {
        // Back on the same subject (a calendar edited back and forth): the same flag, already escalated.
        reopened.push(row.id);
      }
      kept.add(row.id);
      raisedAt.set(flag, row.raisedAt);
    }
    await this.flags.reopen(manager, reopened);
    const stale = rows.filter((r) => r.clearedAt === null && !kept.has(r.id)).map((r) => r.id);
    await this.flags.clear(manager, stale, now);
    return { raisedAt, created };
  }
}

/** Does the row carry anything the tracker wrote? A dossier that neither runs nor carries any is left alone. */
const tracked = (d: DossierEntity): boolean =>
  [
    d.dueSoonFrom,
    d.stallAt,
    d.apologyReminderAt,
    ...FLAGS.map((flag) => d[FLAG_COLUMNS[flag].property]),
  ].some((at) => at instanceof Date);
