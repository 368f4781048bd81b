import { Inject, Injectable } from '@nestjs/common';
import { type Catalog, CATALOG } from '@motcua/catalog';
import type { ProcedureDefinition } from '@motcua/engine';
import { jobId, JobName, type OutboxItem, OutboxRepository } from '@motcua/queue';
import type { EntityManager } from 'typeorm';
import type { DossierEntity } from '../dossier.entity';
import { FLAGS } from './deadline.rules';
import { compactInstant, type DeadlinePlan } from './deadline.plan';
import { deadlinePlanOf, type PreparedDeadlines, prepareDeadlines, tracked } from './deadline-prepare.rules';
import type { DeadlineRow } from './deadline-sweep.repository';
import {
  type DeadlineColumns,
  DossierFlagRepository,
  type DossierFlagRow,
  FLAG_COLUMNS,
  type FlagRow,
  type FlagToRaise,
} from './dossier-flag.repository';

export interface ApplyOptions {
  /**
   * A timer or the sweep, not a state change: the next timer's id also names its instant, since the version
   * (and so the state change's own timer id) stays the same.
   */
  followUp?: boolean;
  /**
   * Collects the outbox jobs here instead of appending them, for a caller that appends all of its
   * transaction's jobs in one statement (in the order they were collected).
   */
  jobs?: OutboxItem[];
}

export type { InstantColumns, PreparedDeadlines } from './deadline-prepare.rules';

/** The flag columns of a row, as a state change's UPDATE leaves them (read back under its lock). */
export type FlagColumns = Pick<
  DossierEntity,
  'flagDueSoonAt' | 'flagOverdueAt' | 'flagStepOverdueAt' | 'flagStalledAt'
>;

export const FLAG_PROPERTIES = FLAGS.map((flag) => FLAG_COLUMNS[flag].property);

/**
 * Nothing to raise on a row whose flag columns, read back by its UPDATE, say that no flag is up: there is no flag
 * row to read, raise or clear (the columns are written from the open flags in the same transaction as they are).
 */
const quiet = ({ plan, stored }: { plan: DeadlinePlan; stored?: FlagColumns }): boolean =>
  plan.flags.length === 0 && !!stored && FLAG_PROPERTIES.every((p) => stored[p] === null);

/**
 * Keeps a dossier's deadline instants and flags true to its row at `now`. Runs inside every state change's
 * transaction (which holds the dossier row by its versioned UPDATE) and, under a row lock, in the timer and the
 * sweep. Safe to run any number of times: a flag is one row per subject, and its escalation is written only by
 * the run that created the row.
 */
@Injectable()
export class DeadlineTrackerService {
  constructor(
    @Inject(CATALOG) private readonly catalog: Catalog,
    private readonly flags: DossierFlagRepository,
    private readonly outbox: OutboxRepository,
  ) {}

  plan(dossier: DeadlineRow, definition: ProcedureDefinition, now: Date): DeadlinePlan {
    return deadlinePlanOf(this.catalog.calendar, definition, dossier, now);
  }

  async apply(
    manager: EntityManager,
    dossier: DossierEntity,
    definition: ProcedureDefinition,
    now: Date,
    options: ApplyOptions = {},
  ): Promise<DeadlinePlan> {
    const [plan] = await this.applyMany(manager, [{ dossier, definition }], now, options);
    return plan;
  }

  /**
   * The first half of `apply` for a state change (the plan depends on the row after the change, not on its
   * version): the instants go into the change's own versioned UPDATE instead of a second UPDATE of the row.
   */
  prepare(dossier: DossierEntity, definition: ProcedureDefinition, now: Date): PreparedDeadlines {
    return prepareDeadlines(this.catalog.calendar, definition, dossier, now);
  }

  /**
   * The rest of `apply` once the state change's UPDATE wrote `prepared.columns` and read back `stored`: the same
   * flag rows and jobs; the flag columns are written only when they differ from `stored` (an action that neither
   * raises nor clears a flag writes the row once).
   */
  async applyPrepared(
    manager: EntityManager,
    dossier: DossierEntity,
    prepared: PreparedDeadlines,
    stored: FlagColumns,
    now: Date,
    options: ApplyOptions = {},
  ): Promise<void> {
    if (prepared.columns) await this.write(manager, [{ dossier, plan: prepared.plan, stored }], now, options);
  }

  /**
   * `apply` to many dossiers in the caller's transaction (which holds all their rows), with one statement per
   * kind of write rather than per dossier: the sweep applies a whole page at once.
   */
  async applyMany(
    manager: EntityManager,
    items: Array<{ dossier: DeadlineRow; definition: ProcedureDefinition }>,
    now: Date,
    options: ApplyOptions = {},
  ): Promise<DeadlinePlan[]> {
    const plans = items.map(({ dossier, definition }) => this.plan(dossier, definition, now));
    const touched = items
      .map(({ dossier }, i) => ({ dossier, plan: plans[i] }))
      .filter(({ dossier, plan }) => plan.running || tracked(dossier));
    if (touched.length > 0) await this.write(manager, touched, now, options);
    return plans;
  }

  /** Flag rows, deadline columns (those of a row with `stored` flags only if they changed) and outbox jobs. */
  private async write(
    manager: EntityManager,
    touched: Array<{ dossier: DeadlineRow; plan: DeadlinePlan; stored?: FlagColumns }>,
    now: Date,
    options: ApplyOptions,
  ): Promise<void> {
    const { raisedAt, created } = touched.every(quiet)
      ? { raisedAt: new Map<string, Date>(), created: [] }
      : await this.reconcile(manager, touched, now);
    const rows = touched.map(({ dossier, plan }) => {
      const columns: Required<DeadlineColumns> = {
        ...plan.instants,
        apologyRemindedAt: plan.apologyRemindedAt,
        flagDueSoonAt: null,
        flagOverdueAt: null,
        flagStepOverdueAt: null,
        flagStalledAt: null,
      };
      for (const flag of FLAGS)
        columns[FLAG_COLUMNS[flag].property] = raisedAt.get(key(dossier.id, flag)) ?? null;
      return { dossierId: dossier.id, columns };
    });
    await this.flags.saveColumnsMany(
      manager,
      rows.filter((row, i) => {
        const stored = touched[i].stored;
        return !stored || FLAG_PROPERTIES.some((p) => !sameInstant(row.columns[p], stored[p]));
      }),
    );

    const jobs: OutboxItem[] = created.map((row) => ({
      job: { name: JobName.Escalate, data: { flagId: row.id, level: 1 } },
      jobId: jobId('escalate', row.id, 1),
    }));
    for (const { dossier, plan } of touched) jobs.push(...this.followingJobs(dossier, plan, options));
    if (options.jobs) options.jobs.push(...jobs);
    else await this.outbox.append(manager, jobs);
  }

  private followingJobs(dossier: DeadlineRow, plan: DeadlinePlan, options: ApplyOptions): OutboxItem[] {
    const jobs: OutboxItem[] = [];
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
    return jobs;
  }

  /**
   * Raises the planned flags that have no row yet, reopens any cleared one, clears every other open one; for
   * each dossier, the same as one at a time (the rows a dossier's reconciliation sees are its own).
   */
  private async reconcile(
    manager: EntityManager,
    touched: Array<{ dossier: DeadlineRow; plan: DeadlinePlan }>,
    now: Date,
  ): Promise<{ raisedAt: Map<string, Date>; created: FlagRow[] }> {
    const subjects = [...new Set(touched.flatMap(({ plan }) => plan.flags.map((f) => f.subject)))];
    const all = await this.flags.relevantMany(
      manager,
      touched.map(({ dossier }) => dossier.id),
      subjects,
    );
    const byDossier = new Map<string, DossierFlagRow[]>();
    for (const row of all) {
      const list = byDossier.get(row.dossierId);
      if (list) list.push(row);
      else byDossier.set(row.dossierId, [row]);
    }
    const rowsOf = ({ dossier, plan }: { dossier: DeadlineRow; plan: DeadlinePlan }): DossierFlagRow[] => {
      const asked = new Set(plan.flags.map((f) => f.subject));
      return (byDossier.get(dossier.id) ?? []).filter((r) => r.clearedAt === null || asked.has(r.subject));
    };

    const missing: FlagToRaise[] = [];
    for (const item of touched) {
      const rows = rowsOf(item);
      const { dossier } = item;
      const owner = { step: dossier.step, unit: dossier.stepOwnerUnit, role: dossier.stepOwnerRole };
      for (const { flag, subject } of item.plan.flags) {
        if (!rows.some((r) => r.flag === flag && r.subject === subject))
          missing.push({ dossierId: dossier.id, flag, subject, owner });
      }
    }
    const created = await this.flags.raiseMany(manager, missing, now);
    const createdKeys = new Set(created.map((r) => key(r.dossierId, r.flag, r.subject)));
    const existing = await this.flags.findMany(
      manager,
      missing.filter((m) => !createdKeys.has(key(m.dossierId, m.flag, m.subject))),
    );
    const found = new Map<string, DossierFlagRow>();
    for (const row of [...created, ...existing]) found.set(key(row.dossierId, row.flag, row.subject), row);

    const raisedAt = new Map<string, Date>();
    const reopened: string[] = [];
    const stale: string[] = [];
    for (const item of touched) {
      const rows = rowsOf(item);
      const kept = new Set<string>();
      for (const { flag, subject } of item.plan.flags) {
        const known = rows.find((r) => r.flag === flag && r.subject === subject);
        // Back on the same subject (a calendar edited back and forth): the same flag, already escalated.
        if (known?.clearedAt) reopened.push(known.id);
        const row = known ?? found.get(key(item.dossier.id, flag, subject))!;
        kept.add(row.id);
        raisedAt.set(key(item.dossier.id, flag), row.raisedAt);
      }
      stale.push(...rows.filter((r) => r.clearedAt === null && !kept.has(r.id)).map((r) => r.id));
    }
    await this.flags.reopen(manager, reopened);
    await this.flags.clear(manager, stale, now);
    return { raisedAt, created };
  }
}

const key = (...parts: string[]): string => parts.join('\u0000');

const sameInstant = (a: Date | null, b: Date | null): boolean =>
  (a?.getTime() ?? null) === (b?.getTime() ?? null);
