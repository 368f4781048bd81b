import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { Clock, PartitionService } from '@motcua/common';
import { IntakeSweepService } from '@motcua/dossier';
import { dispatch, JobName, type JobHandlerHost, type JobHandlers, QueueName } from '@motcua/queue';

/** Periodic sweeps that rebuild from PostgreSQL whatever Redis lost, and the monthly partitions made ahead. */
@Processor(QueueName.Maintenance)
export class MaintenanceProcessor extends WorkerHost implements JobHandlerHost<QueueName.Maintenance> {
  readonly handlers: JobHandlers<QueueName.Maintenance> = {
    [JobName.ReconcileIntake]: () => this.intake.reconcile(),
    [JobName.EnsurePartitions]: () => this.partitions.ensureAhead(this.clock.now()),
  };

  constructor(
    private readonly intake: IntakeSweepService,
    private readonly partitions: PartitionService,
    private readonly clock: Clock,
  ) {
    super();
  }

  process(job: Job): Promise<unknown> {
    return dispatch(this.handlers, job);
  }
}
