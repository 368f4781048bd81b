import type { ConfigService } from '@nestjs/config';
import { reconcileInterval, sweepInterval } from '@motcua/dossier';
import { portalSyncSweepInterval } from '@motcua/portal';
import { JobName, QueueName } from '@motcua/queue';

/** A job the worker runs every `everyMs`, as a BullMQ job scheduler under the job's name. */
export interface PeriodicJob {
  name: JobName;
  queue: QueueName;
  /** The period, from the configuration (read once, at start-up). */
  everyMs: (config: ConfigService) => number;
}

/** Every periodic job of the worker: the sweeps that rebuild from PostgreSQL whatever Redis lost. */
export const PERIODIC_JOBS: readonly PeriodicJob[] = [
  {
    name: JobName.SweepDeadlines,
    queue: QueueName.Deadlines,
    everyMs: (config) => sweepInterval(config.get<unknown>('DEADLINE_SWEEP_MS')),
  },
  {
    name: JobName.ReconcileIntake,
    queue: QueueName.Maintenance,
    everyMs: (config) => reconcileInterval(config.get<unknown>('INTAKE_RECONCILE_MS')),
  },
  {
    name: JobName.SweepPortalSync,
    queue: QueueName.PortalSync,
    everyMs: (config) => portalSyncSweepInterval(config.get<string>('PORTAL_SYNC_SWEEP_MS') || undefined),
  },
];

// The next run comes soon anyway: no retries, and a bounded history.
export const PERIODIC_JOB_OPTIONS = {
  attempts: 1,
  removeOnComplete: { count: 100 },
  removeOnFail: { count: 1000 },
};
