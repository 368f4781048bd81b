import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { JobState, Queue } from 'bullmq';
import { Clock } from '@motcua/common';
import { jobId, JobName, type JobOf, QueueName } from '@motcua/queue';
import { type PendingIntake, PendingIntakeRepository } from './pending-intake.repository';

/** Dossiers accepted more recently than this are left to the outbox relay. */
export const INTAKE_GRACE_MS = 5_000;
const PAGE = 500;

/** What a still-accepted dossier's start job needs, given the state of its job id in Redis. */
export type IntakeRepair = 'none' | 'retry' | 'replace' | 'add';

export function intakeRepair(state: JobState | 'unknown'): IntakeRepair {
  switch (state) {
    case 'failed':
      return 'retry';
    // It ran, yet the dossier is still accepted: run it again under the same id.
    case 'completed':
      return 'replace';
    // Lost with Redis, or never relayed.
    case 'unknown':
      return 'add';
    default:
      return 'none'; // waiting, delayed, prioritized, active: it will run
  }
}

export type IntakeSweepReport = Record<IntakeRepair, number> & { errors: number };

/**
 * PostgreSQL is the truth: every dossier still `accepted` a few seconds after its commit must have a start job
 * that will run. Runs at worker start and then every INTAKE_RECONCILE_MS as the periodic ReconcileIntake job
 * (apps/worker's PERIODIC_JOBS).
 */
@Injectable()
export class IntakeSweepService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('IntakeSweepService');
  private booting?: Promise<void>;

  constructor(
    private readonly pending: PendingIntakeRepository,
    @InjectQueue(QueueName.Intake) private readonly intake: Queue,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.booting = this.reconcile()
      .then(() => undefined)
      .catch((error: Error) => this.logger.error(`start-up sweep failed: ${error.message}`));
  }

  async onModuleDestroy(): Promise<void> {
    await this.booting;
  }

  async reconcile(): Promise<IntakeSweepReport> {
    const report: IntakeSweepReport = { none: 0, retry: 0, replace: 0, add: 0, errors: 0 };
    const before = new Date(this.clock.now().getTime() - INTAKE_GRACE_MS);
    let cursor: PendingIntake | undefined;
    for (;;) {
      const page = await this.pending.page(before, PAGE, cursor);
      for (const dossier of page) {
        try {
          report[await this.repair(dossier.id)]++;
        } catch (error) {
          report.errors++;
          this.logger.error(`dossier ${dossier.id}: start job not repaired: ${(error as Error).message}`);
        }
      }
      if (page.length < PAGE) break;
      cursor = page[page.length - 1];
    }
    const repaired = report.retry + report.replace + report.add;
    if (repaired > 0) {
      this.logger.warn(
        `${repaired} accepted dossiers had no start job that would run: ` +
          `${report.add} added, ${report.replace} re-added, ${report.retry} retried`,
      );
    }
    return report;
  }

  private async repair(dossierId: string): Promise<IntakeRepair> {
    const id = jobId('intake', dossierId);
    const action = intakeRepair(await this.intake.getJobState(id));
    if (action === 'retry') await (await this.intake.getJob(id))?.retry('failed');
    if (action === 'replace') await this.intake.remove(id);
    if (action === 'replace' || action === 'add') {
      const data: JobOf<JobName.StartDossier> = { dossierId };
      await this.intake.add(JobName.StartDossier, data, { jobId: id });
    }
    return action;
  }
}
