import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { dispatch, JobName, type JobHandlerHost, type JobHandlers, QueueName } from '@motcua/queue';
import { IntakeService } from './intake.service';

@Processor(QueueName.Intake)
export class IntakeProcessor extends WorkerHost implements JobHandlerHost<QueueName.Intake> {
  readonly handlers: JobHandlers<QueueName.Intake> = {
    [JobName.StartDossier]: (job) => this.intake.start(job.data.dossierId),
  };

  constructor(private readonly intake: IntakeService) {
    super();
  }

  process(job: Job): Promise<unknown> {
    return dispatch(this.handlers, job);
  }
}
