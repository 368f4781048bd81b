import type { LimitUnit, TimeLimit } from '@motcua/calendar';
import type { SupplementWaitOverride } from './supplement-wait';

export const LEVELS = ['province', 'commune', 'ministry'] as const;
export type Level = (typeof LEVELS)[number];

export const ONLINE_MODES = ['full', 'partial', 'none'] as const;
export type OnlineMode = (typeof ONLINE_MODES)[number];

/** Working time, or calendar days or months where the procedure's limit is in days or months. */
export interface StepDuration {
  amount: number;
  unit: LimitUnit;
}

export interface StepOwner {
  unit: string;
  role: string;
}

export interface ProcedureTransition {
  event: string;
  /** A step id or `done`. */
  target: string;
  guard?: string;
  actions: string[];
  line: number;
}

export interface ProcedureStep {
  id: string;
  name: string;
  owner: StepOwner;
  duration: StepDuration;
  /** Entering this step means the result is ready (portal status 9). */
  result: boolean;
  output?: string;
  transitions: ProcedureTransition[];
  line: number;
}

export interface ProcedureDocument {
  name: string;
  originals: number;
  copies: number;
  required: boolean;
}

export interface ProcedureFee {
  name: string;
  amount: number;
}

/** When a dossier is flagged and escalated; every span in working minutes. */
export interface DeadlinePolicy {
  /** Due soon once the remaining working time is below the smaller of `fraction` × allotment and `minutes`. */
  dueSoon: { fraction: number; minutes: number };
  stalledAfterMinutes: number;
  /** After a flag is raised: to the unit head, then to the center supervisor. */
  escalateHeadMinutes: number;
  escalateSupervisorMinutes: number;
}

export interface ProcedureDefinition {
  file: string;
  code: string;
  version: number;
  /** The authority's local procedure code as published on the national portal (`2.000488.000.00.00.H38`). */
  localCode?: string;
  /** When this version takes effect for new dossiers (ISO instant with offset); absent: when it is loaded. */
  effectiveFrom?: string;
  name: string;
  field: string;
  /** The field's catalog code, sent to the portal as MaLinhVuc. */
  fieldCode: string;
  level: Level;
  agency?: string;
  /** Roles of the agency that may refuse to resolve or stop a dossier; absent: head and leader. */
  deciders?: string[];
  deadline: TimeLimit;
  /** Absent: the center's default; null: no cut-off. */
  cutoff?: string | null;
  online: OnlineMode;
  maxSupplementRequests: number;
  /** The procedure's own supplement wait; absent: the center's (org.yaml). */
  supplementWait?: SupplementWaitOverride;
  deadlines: DeadlinePolicy;
  documents: ProcedureDocument[];
  fees: ProcedureFee[];
  source?: string;
  steps: ProcedureStep[];
}
