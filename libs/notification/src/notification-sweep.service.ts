import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { JobState, Queue } from 'bullmq';
import { Clock } from '@motcua/common';
import { jobId, JobName, QueueName } from '@motcua/queue';
import { CitizenNoticeRepository } from './citizen/citizen-notice.repository';
import { EscalationRepository } from './escalation.repository';
import { NotificationRepository } from './notification.repository';

/** Rows younger than this are left to the outbox relay. */
export const RECONCILE_GRACE_MS = 5_000;
const BATCH = 1000;

export type JobRepair = 'none' | 'add' | 'replace' | 'retry';

/**
 * What an escalation level's job needs, given its state in Redis: lost (flushed, expired) → add; ran yet its level
 * is still unrecorded → run it again; failed → one more try. Deliveries are only ever added when lost: one whose
 * attempts are spent stays failed (with its last error on its row) rather than being retried every sweep.
 */
export function jobRepair(state: JobState | 'unknown', kind: 'escalation' | 'delivery'): JobRepair {
  if (state === 'unknown') return 'add';
  if (kind === 'delivery') return 'none';
  if (state === 'completed') return 'replace';
  return state === 'failed' ? 'retry' : 'none';
}

export type NotificationSweepReport = Record<JobRepair, number>;

/**
 * PostgreSQL is the truth: every open flag's pending escalation level and every undelivered notification (the
 * citizen's notices included) must have a job in Redis. Runs at worker start; the deadline sweep calls
 * `reconcile()` on each of its runs.
 */
@Injectable()
export class NotificationSweepService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('NotificationSweepService');
  private booting?: Promise<unknown>;

  constructor(
    private readonly escalations: EscalationRepository,
    private readonly notifications: NotificationRepository,
    private readonly citizenNotices: CitizenNoticeRepository,
    @InjectQueue(QueueName.Notifications) private readonly queue: Queue,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.booting = this.reconcile().catch((error: Error) =>
      this.logger.error(`start-up sweep failed: ${error.message}`),
    );
  }

  async onModuleDestroy(): Promise<void> {
    await this.booting;
  }

  async reconcile(): Promise<NotificationSweepReport> {
    const report: NotificationSweepReport = { none: 0, add: 0, replace: 0, retry: 0 };
    const now = this.clock.now();
    const before = new Date(now.getTime() - RECONCILE_GRACE_MS);
    for (const { flagId, level, dueAt } of await this.escalations.pendingLevels(before, BATCH)) {
      const delay = dueAt ? Math.max(0, dueAt.getTime() - now.getTime()) : 0;
      report[
        await this.repair(
          jobId('escalate', flagId, level),
          'escalation',
          JobName.Escalate,
          { flagId, level },
          delay,
        )
      ]++;
    }
    for (const { notificationId, channel } of await this.notifications.undelivered(before, BATCH)) {
      const id = jobId('deliver', notificationId, channel);
      report[
        await this.repair(id, 'delivery', JobName.DeliverNotification, { notificationId, channel }, 0)
      ]++;
    }
    for (const noticeId of await this.citizenNotices.undelivered(before, BATCH)) {
      const id = jobId('citizen', noticeId);
      report[await this.repair(id, 'delivery', JobName.DeliverCitizenNotice, { noticeId }, 0)]++;
    }
    if (report.add + report.replace + report.retry > 0) {
      this.logger.warn(
        `notification jobs missing from Redis: ${report.add} added, ${report.replace} re-added, ${report.retry} retried`,
      );
    }
    return report;
  }

  private async repair(
    id: string,
    kind: 'escalation' | 'delivery',
    name: JobName.Escalate | JobName.DeliverNotification | JobName.DeliverCitizenNotice,
    data: Record<string, unknown>,
    delay: number,
  ): Promise<JobRepair> {
    const action = jobRepair(await this.queue.getJobState(id), kind);
    if (action === 'retry') await (await this.queue.getJob(id))?.retry('failed');
    if (action === 'replace') await this.queue.remove(id);
    if (action === 'add' || action === 'replace') await this.queue.add(name, data, { jobId: id, delay });
    return action;
  }
}
