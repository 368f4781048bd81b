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

/**
 * A conditional limit (thời hạn trong trường hợp …): a dossier that enters the step moves its statutory limit by
 * `amount` `unit`, once per step and dossier. `rule` names the case in which it applies, as the receipt prints it.
 */
export interface LimitExtension {
  amount: number;
  unit: LimitUnit;
  rule: string;
}
export const CONSULTATION_MODES = ['wait', 'continue'] as const;
export type ConsultationMode = (typeof CONSULTATION_MODES)[number];
/** A branch of a fork: its own line of steps, held by its own owners, that ends at `joined`. */
export interface ProcedureBranch {
  id: string;
  name: string;
  /** Ids of its steps in file order; the first is where the branch starts. */
  steps: string[];
}

/** A step that runs branches in parallel instead of having an owner. */
export interface ProcedureFork {
  branches: ProcedureBranch[];
  /** The branches that must join for the fork to complete (all of them unless the file names a subset). */
  join: string[];
  /** Where the dossier goes once joined: a step id or `done`. */
  next: string;
}

export interface ProcedureStep {
  id: string;
  name: string;
  owner: StepOwner;
  duration: StepDuration;
  /** Entering this step means the result is ready (portal status 9). */
  result: boolean;
  output?: string;
  extendsLimit?: LimitExtension;
  /** While an opinion asked of another unit is unanswered: `wait` holds the hand-over; absent: `continue`. */
  consultation?: ConsultationMode;
  transitions: ProcedureTransition[];
  line: number;
  /** A fork step: no owner (empty unit and role), no duration, no actions of its own. */
  fork?: ProcedureFork;
  /** A step of a branch: the id of the branch it belongs to (and `forkOf` the fork step). */
  branch?: string;
  forkOf?: string;
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

/**
 * When the center collects the procedure's fees: before the result is handed over (the default), after it (the
 * result is released unpaid, the fee collected later), or not at all (another body collects them).
 */
export const PAYMENT_TIMINGS = ['before_result', 'after_result', 'none'] as const;
export type PaymentTiming = (typeof PAYMENT_TIMINGS)[number];

export const paymentTimingOf = (definition: { payment?: PaymentTiming }): PaymentTiming =>
  definition.payment ?? 'before_result';

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
  /**
   * Absent: `before_result` (see `paymentTimingOf`). Left out of the definition when the file does not say it, so
   * that the content hash of files written before the field existed does not change.
   */
  payment?: PaymentTiming;
  source?: string;
  /** Every step, the steps of branches included (listed after their fork step), ids unique across the file. */
  steps: ProcedureStep[];
}
