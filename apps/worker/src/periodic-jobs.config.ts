import type { EnvData } from '@motcua/common';
import { JobName, QueueName } from '@motcua/queue';

/** A job the worker runs every `everyMs`, as a BullMQ job scheduler under the job's name. */
export interface PeriodicJob {
  name: JobName;
  queue: QueueName;
  /** The period, from the configuration (read once, at start-up). */
  everyMs: (env: EnvData) => number;
}

/** Every periodic job of the worker: the sweeps that rebuild from PostgreSQL whatever Redis lost. */
export const PERIODIC_JOBS: readonly PeriodicJob[] = [
  {
    name: JobName.SweepDeadlines,
    queue: QueueName.Deadlines,
    everyMs: (env) => env.jobs.deadlineSweepMs,
  },
  {
    name: JobName.ReconcileIntake,
    queue: QueueName.Maintenance,
    everyMs: (env) => env.jobs.intakeReconcileMs,
  },
  {
    name: JobName.EnsurePartitions,
    queue: QueueName.Maintenance,
    everyMs: (env) => env.jobs.partitionMaintenanceMs,
  },
  {
    name: JobName.SweepPortalSync,
    queue: QueueName.PortalSync,
    everyMs: (env) => env.portal.sync.sweepMs,
  },
];

// The next run comes soon anyway: no retries, and a bounded history.
export const PERIODIC_JOB_OPTIONS = {
  attempts: 1,
  removeOnComplete: { count: 100 },
  removeOnFail: { count: 1000 },
};
