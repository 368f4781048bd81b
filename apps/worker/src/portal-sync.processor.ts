import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { PortalSyncDeliveryService, PortalSyncSweepService } from '@motcua/portal';
import { dispatch, JobName, type JobHandlerHost, type JobHandlers, QueueName } from '@motcua/queue';

/** Delivery of dossiers' sync messages to the public service portal, in order, and the sweep behind it. */
@Processor(QueueName.PortalSync)
export class PortalSyncProcessor extends WorkerHost implements JobHandlerHost<QueueName.PortalSync> {
  readonly handlers: JobHandlers<QueueName.PortalSync> = {
    [JobName.SyncDossier]: (job) => this.delivery.deliver(job.data.dossierId, job.attemptsMade > 0),
    [JobName.SweepPortalSync]: () => this.sweep.sweep(),
  };

  constructor(
    private readonly delivery: PortalSyncDeliveryService,
    private readonly sweep: PortalSyncSweepService,
  ) {
    super();
  }

  process(job: Job): Promise<unknown> {
    return dispatch(this.handlers, job);
  }
}
