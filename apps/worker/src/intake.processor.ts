import { type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { DEFAULT_INTAKE_CONCURRENCY } from '@motcua/common';
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
    private readonly config: ConfigService,
  ) {
    super();
  }

  /** Dossiers are started several at a time (INTAKE_CONCURRENCY): a start waits mostly on PostgreSQL. */
  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.get<number>('INTAKE_CONCURRENCY') ?? DEFAULT_INTAKE_CONCURRENCY;
  }

  process(job: Job): Promise<unknown> {
    return dispatch(this.handlers, job);
  }
}
