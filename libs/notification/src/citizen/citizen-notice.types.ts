export const CITIZEN_NOTICE_KINDS = [
  'accepted',
  'supplement_requested',
  'extended',
  'result_ready',
  'refused',
] as const;
export type CitizenNoticeKind = (typeof CITIZEN_NOTICE_KINDS)[number];

export const CITIZEN_CHANNELS = ['sms', 'email'] as const;
export type CitizenChannel = (typeof CITIZEN_CHANNELS)[number];

/** What a change said that its notice repeats (the rest is read from the dossier when it is sent). */
export interface CitizenNoticeFacts {
  appointmentAt?: string | null;
  previousAppointmentAt?: string | null;
  reason?: string | null;
  items?: string[];
  /** A refusal at reception (form 03), not a refusal to resolve after acceptance. */
  atReception?: boolean;
}
