import type { JobsOptions } from 'bullmq';
import { JobName } from './queue.names';

export type JobItem =
  | { name: JobName.StartDossier; data: { dossierId: string } }
  | { name: JobName.ReconcileIntake; data: Record<string, never> };

export type JobOf<N extends JobName> = Extract<JobItem, { name: N }>['data'];

/** BullMQ job ids must not contain ':'; every id is derived from what the job is about, so a resend is a no-op. */
export const jobId = (...parts: Array<string | number>): string => parts.join('-').replace(/:/g, '_');

export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1000 },
  // Completed jobs stay a day, so a re-added id within that day is recognised and dropped.
  removeOnComplete: { age: 24 * 3600, count: 50_000 },
  removeOnFail: false,
};
