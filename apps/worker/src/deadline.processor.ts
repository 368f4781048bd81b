import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { MetricsService } from '@motcua/common';
import { DeadlineService, DeadlineSweepService, SupplementWaitSweepService } from '@motcua/dossier';
import { NotificationSweepService, SupplementWaitNotifierService } from '@motcua/notification';
import { dispatch, JobName, type JobHandlerHost, type JobHandlers, QueueName } from '@motcua/queue';

/** Deadline timers of single dossiers, and the sweep over all of them. */
@Processor(QueueName.Deadlines)
export class DeadlineProcessor extends WorkerHost implements JobHandlerHost<QueueName.Deadlines> {
  readonly handlers: JobHandlers<QueueName.Deadlines> = {
    [JobName.CheckDeadlines]: (job) => this.deadlines.check(job.data.dossierId, job.data.version),
    [JobName.SweepDeadlines]: () => this.sweepAll(),
  };

  constructor(
    private readonly deadlines: DeadlineService,
    private readonly sweep: DeadlineSweepService,
    private readonly notifications: NotificationSweepService,
    private readonly supplementWaits: SupplementWaitSweepService,
    private readonly supplementNotifier: SupplementWaitNotifierService,
    private readonly metrics: MetricsService,
  ) {
    super();
  }

  /**
   * The deadline sweep, the supplement waits past their limit (reception told in the same transaction), then the
   * notification jobs Redis may have lost (libs/dossier cannot import libs/notification).
   */
  private async sweepAll(): Promise<unknown> {
    const report = await this.sweep.sweep();
    this.metrics.observeSweep(report.ms / 1000);
    const supplementWaits = await this.supplementWaits.sweep((manager, expiry) =>
      this.supplementNotifier.notify(manager, expiry),
    );
    return { deadlines: report, supplementWaits, notifications: await this.notifications.reconcile() };
  }

  process(job: Job): Promise<unknown> {
    return dispatch(this.handlers, job);
  }
}
