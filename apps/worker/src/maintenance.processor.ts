import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { IntakeSweepService } from '@motcua/dossier';
import { dispatch, JobName, type JobHandlerHost, type JobHandlers, QueueName } from '@motcua/queue';

/** Periodic sweeps that rebuild from PostgreSQL whatever Redis lost. */
@Processor(QueueName.Maintenance)
export class MaintenanceProcessor extends WorkerHost implements JobHandlerHost<QueueName.Maintenance> {
  readonly handlers: JobHandlers<QueueName.Maintenance> = {
    [JobName.ReconcileIntake]: () => this.intake.reconcile(),
  };

  constructor(private readonly intake: IntakeSweepService) {
    super();
  }

  process(job: Job): Promise<unknown> {
    return dispatch(this.handlers, job);
  }
}
