// WARNING: queue and job names are stored in Redis with every job and in the outbox table.
// Renaming one strands what is already queued under the old name: it needs a migration.

export enum QueueName {
  Intake = 'dossier-intake',
  Maintenance = 'maintenance',
  Deadlines = 'deadlines',
  Notifications = 'notifications',
  PortalSync = 'portal-sync',
}

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
