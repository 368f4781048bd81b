// WARNING: queue and job names are stored in Redis with every job and in the outbox table.
// Renaming one strands what is already queued under the old name: it needs a migration.

export enum QueueName {
  Intake = 'dossier-intake',
  Maintenance = 'maintenance',
  Deadlines = 'deadlines',
  Notifications = 'notifications',
  PortalSync = 'portal-sync',
}

/**
 * Each queue's BullMQ key prefix, a Redis Cluster hash tag: all of one queue's keys (`{dossier-intake}:dossier-intake:…`)
 * hash to one slot, as BullMQ's multi-key scripts need, and the queues spread over the cluster's shards. Every
 * Queue, Worker and reader of queue keys takes its prefix from here (`queuePrefix`). Changing one strands the jobs
 * under the old prefix: the sweeps rebuild them from PostgreSQL (docs/queues.md, "Key prefixes").
 */
export const QUEUE_PREFIX = {
  [QueueName.Intake]: '{dossier-intake}',
  [QueueName.Maintenance]: '{maintenance}',
  [QueueName.Deadlines]: '{deadlines}',
  [QueueName.Notifications]: '{notifications}',
  [QueueName.PortalSync]: '{portal-sync}',
} as const satisfies Record<QueueName, `{${string}}`>;

export const queuePrefix = (queue: QueueName): string => QUEUE_PREFIX[queue];

export enum JobName {
  StartDossier = 'start-dossier',
  ReconcileIntake = 'reconcile-intake',
  EnsurePartitions = 'ensure-partitions',
  CheckDeadlines = 'check-deadlines',
  SweepDeadlines = 'sweep-deadlines',
  Escalate = 'escalate',
  RemindApology = 'remind-apology',
  DeliverNotification = 'deliver-notification',
  DeliverCitizenNotice = 'deliver-citizen-notice',
  SyncDossier = 'sync-dossier',
  SweepPortalSync = 'sweep-portal-sync',
}

/** The queue each job is added to; `as const` so that handler maps can be typed per queue. */
export const QUEUE_OF = {
  [JobName.StartDossier]: QueueName.Intake,
  [JobName.ReconcileIntake]: QueueName.Maintenance,
  [JobName.EnsurePartitions]: QueueName.Maintenance,
  [JobName.CheckDeadlines]: QueueName.Deadlines,
  [JobName.SweepDeadlines]: QueueName.Deadlines,
  [JobName.Escalate]: QueueName.Notifications,
  [JobName.RemindApology]: QueueName.Notifications,
  [JobName.DeliverNotification]: QueueName.Notifications,
  [JobName.DeliverCitizenNotice]: QueueName.Notifications,
  [JobName.SyncDossier]: QueueName.PortalSync,
  [JobName.SweepPortalSync]: QueueName.PortalSync,
} as const satisfies Record<JobName, QueueName>;

export const QUEUE_NAMES: readonly QueueName[] = Object.values(QueueName);
export const JOB_NAMES: readonly JobName[] = Object.values(JobName);

/** The job names added to queue `Q`. */
export type JobNameOf<Q extends QueueName> = {
  [N in JobName]: (typeof QUEUE_OF)[N] extends Q ? N : never;
}[JobName];
