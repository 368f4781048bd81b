import { type OnApplicationBootstrap } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { EnvData } from '@motcua/common';
import { dispatch, JobName, type JobHandlerHost, type JobHandlers, QueueName } from '@motcua/queue';
import { IntakeService } from '@motcua/dossier';

@Processor(QueueName.Intake)
export class IntakeProcessor
  extends WorkerHost
  implements JobHandlerHost<QueueName.Intake>, OnApplicationBootstrap
{
  readonly handlers: JobHandlers<QueueName.Intake> = {
    [JobName.StartDossier]: (job) => this.intake.start(job.data.dossierId),
  };

  constructor(
    private readonly intake: IntakeService,
    private readonly env: EnvData,
  ) {
    super();
  }

  /** Dossiers are started several at a time (INTAKE_CONCURRENCY): a start waits mostly on PostgreSQL. */
  onApplicationBootstrap(): void {
    this.worker.concurrency = this.env.jobs.intakeConcurrency;
  }

  process(job: Job): Promise<unknown> {
    return dispatch(this.handlers, job);
  }
}
