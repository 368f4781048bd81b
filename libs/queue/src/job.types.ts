import type { JobsOptions } from 'bullmq';
import { JobName, QueueName } from './queue-names.types';

export type JobItem =
  | { name: JobName.StartDossier; data: { dossierId: string } }
  | { name: JobName.ReconcileIntake; data: Record<string, never> }
  /** Create the monthly partitions of the coming months that are missing. */
  | { name: JobName.EnsurePartitions; data: Record<string, never> }
  /** A timer: re-evaluate one dossier's flags at the instant one of them falls due. */
  | { name: JobName.CheckDeadlines; data: { dossierId: string; version: number } }
  /** The periodic sweep over every running dossier whose flag instants have passed. */
  | { name: JobName.SweepDeadlines; data: Record<string, never> }
  /** Notify level 1 (step owner), 2 (unit head) or 3 (center supervisor) of a raised flag, if still open. */
  | { name: JobName.Escalate; data: { flagId: string; level: 1 | 2 | 3 } }
  | { name: JobName.RemindApology; data: { dossierId: string } }
  | { name: JobName.DeliverNotification; data: { notificationId: string; channel: 'email' | 'webhook' } }
  /** Send a citizen notice (SMS or e-mail to the applicant), unless delivered already. */
  | { name: JobName.DeliverCitizenNotice; data: { noticeId: string } }
  /** Send the dossier's pending portal sync messages, in order. */
  | { name: JobName.SyncDossier; data: { dossierId: string } }
  /** Re-add the sync of every dossier with a pending message whose retry is due (Redis may have lost it). */
  | { name: JobName.SweepPortalSync; data: Record<string, never> };

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

/**
 * The default job options of `queue`: DEFAULT_JOB_OPTIONS, except the portal sync, whose retries follow the
 * message's own attempt budget (PORTAL_SYNC_MAX_ATTEMPTS) and backoff base (PORTAL_SYNC_BACKOFF_MS).
 */
export function queueJobOptions(
  queue: string,
  sync: { maxAttempts: number; backoffMs: number },
): JobsOptions {
  if (queue !== QueueName.PortalSync) return DEFAULT_JOB_OPTIONS;
  return {
    ...DEFAULT_JOB_OPTIONS,
    attempts: sync.maxAttempts,
    backoff: { type: 'exponential', delay: sync.backoffMs },
  };
}
