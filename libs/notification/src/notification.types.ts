export const NOTIFICATION_KINDS = ['flag', 'apology', 'supplement_wait', 'calendar'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The flags of the deadline engine (`dossier_flag.flag`). */
export const FLAG_NAMES = ['due_soon', 'overdue', 'step_overdue', 'stalled'] as const;
export type FlagName = (typeof FLAG_NAMES)[number];

export const ESCALATION_LEVELS = [1, 2, 3] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

export const CHANNELS = ['email', 'webhook'] as const;
export type Channel = (typeof CHANNELS)[number];
