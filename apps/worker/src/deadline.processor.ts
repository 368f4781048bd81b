import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { MetricsService } from '@motcua/common';
import { DeadlineService, DeadlineSweep } from '@motcua/dossier';
import { NotificationReconciler } from '@motcua/notification';
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
    private readonly sweep: DeadlineSweep,
    private readonly notifications: NotificationReconciler,
    private readonly metrics: MetricsService,
  ) {
    super();
  }

  /** The deadline sweep, then the notification jobs Redis may have lost (libs/dossier cannot import those). */
  private async sweepAll(): Promise<unknown> {
    const report = await this.sweep.sweep();
    this.metrics.observeSweep(report.ms / 1000);
    return { deadlines: report, notifications: await this.notifications.reconcile() };
  }

  process(job: Job): Promise<unknown> {
    return dispatch(this.handlers, job);
  }
}
