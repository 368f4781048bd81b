import type { LimitUnit } from '@motcua/calendar';

export const DOSSIER_STATUSES = [
  'submitted', // sent in online through the public service portal; reception accepts or refuses it
  'awaiting_documents', // incomplete at the desk: the citizen was asked for more (form 02); the clock has not started
  'accepted', // complete and recorded; the intake job has not started its procedure yet
  'in_progress',
  'awaiting_supplement',
  'result_ready',
  'done',
  'refused',
  'withdrawn',
  'stopped',
] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

export const FINAL_STATUSES: readonly DossierStatus[] = ['done', 'refused', 'withdrawn', 'stopped'];

export const CHANNELS = ['in_person', 'online', 'post'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * The channels of a dossier handed in at the one-stop desk: in person or by post. An online dossier comes only
 * through the portal door (POST /portal/dossiers), so the online rate of Decision 766 counts only those.
 */
export const DESK_CHANNELS = ['in_person', 'post'] as const satisfies readonly Channel[];
export type DeskChannel = (typeof DESK_CHANNELS)[number];

/** Where the citizen registered to collect the result (form 01): at the one-stop desk, or by public post. */
export const RESULT_DELIVERIES = ['desk', 'post'] as const;
export type ResultDelivery = (typeof RESULT_DELIVERIES)[number];

export const isDeskChannel = (channel: unknown): channel is DeskChannel =>
  (DESK_CHANNELS as readonly unknown[]).includes(channel);

export interface Applicant {
  fullName: string;
  idNumber: string;
  phone: string;
  email?: string;
  address: string;
}

/**
 * A conditional limit a dossier took (a step's `extendsLimit`): its statutory limit, and the appointment, moved by
 * `amount` `unit` when it first entered `step` at `at` (ISO instant).
 */
export interface TakenLimitExtension {
  step: string;
  amount: number;
  unit: LimitUnit;
  rule: string;
  at: string;
}

export interface HandedDocument {
  name: string;
  originals: number;
  copies: number;
}
