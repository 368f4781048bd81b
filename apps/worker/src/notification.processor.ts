import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import {
  ApologyService,
  CitizenNoticeDeliveryService,
  DeliveryService,
  EscalationService,
} from '@motcua/notification';
import { dispatch, JobName, type JobHandlerHost, type JobHandlers, QueueName } from '@motcua/queue';

/** Escalation of raised flags, apology-letter reminders, delivery on the outside channels and to citizens. */
@Processor(QueueName.Notifications)
export class NotificationProcessor extends WorkerHost implements JobHandlerHost<QueueName.Notifications> {
  readonly handlers: JobHandlers<QueueName.Notifications> = {
    [JobName.Escalate]: (job) => this.escalations.escalate(job.data.flagId, job.data.level),
    [JobName.RemindApology]: (job) => this.apologies.remind(job.data.dossierId),
    [JobName.DeliverNotification]: (job) =>
      this.deliveries.deliver(job.data.notificationId, job.data.channel),
    [JobName.DeliverCitizenNotice]: (job) => this.citizenNotices.deliver(job.data.noticeId),
  };

  constructor(
    private readonly escalations: EscalationService,
    private readonly apologies: ApologyService,
    private readonly deliveries: DeliveryService,
    private readonly citizenNotices: CitizenNoticeDeliveryService,
  ) {
    super();
  }

  process(job: Job): Promise<unknown> {
    return dispatch(this.handlers, job);
  }
}
