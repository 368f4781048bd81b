export const TERMINAL_STATES = ['done', 'refused', 'withdrawn', 'stopped'] as const;
export type TerminalState = (typeof TERMINAL_STATES)[number];

export const BUILTIN_EVENTS = [
  'request_supplement',
  'supplement_received',
  'refuse',
  'withdraw',
  'stop',
  'extend',
] as const;
export type BuiltinEvent = (typeof BUILTIN_EVENTS)[number];

/**
 * Names of the dossier events the service records itself (reception, intake, assignment, comments, transfer,
 * consultations, migration, calendar moves, the citizen's online supplement, files attached and checked, payments): a file action may not take one, or the
 * timeline, the control sheet and the portal could not tell the two apart.
 */
export const SERVICE_EVENTS = [
  'receive',
  'accept',
  'intake',
  'request_documents',
  'assign',
  'comment',
  'transfer',
  'consult',
  'consult_answer',
  'migrate_revision',
  'calendar_change',
  'supplement_submitted',
  'supplement_wait_expired',
  'attach_documents',
  'check_document',
  'uncheck_document',
  'payment',
] as const;

export const STEP_SUBSTATES = ['active', 'awaiting_supplement'] as const;
export type StepSubstate = (typeof STEP_SUBSTATES)[number];

/** The appointment may be moved once (apology-and-extension letter, form 04). */
export const MAX_EXTENSIONS = 1;

export type Phase = StepSubstate | TerminalState;

/** An event sent to a dossier; anything besides `type` is payload for guards and actions. */
export interface EngineEvent {
  type: string;
  [payload: string]: unknown;
}

export interface DossierContext {
  supplementRequests: number;
  extensions: number;
  /** Returns through a file action to a step already visited that comes no later in the file. */
  sendBacks: number;
  /** Steps entered so far, in order of first visit. */
  visited: string[];
  feesPaid: boolean;
  /** In a fork (parallel branches): the branches that have reached `joined` since the fork was entered. */
  joined?: string[];
}

/** A branch of a fork: at one of its steps, or `joined` (finished). */
export type BranchValue = 'joined' | { [step: string]: StepSubstate };

export type PersistedValue =
  | TerminalState
  | { [step: string]: StepSubstate }
  | { [forkStep: string]: { [branch: string]: BranchValue } };

/** Where one branch of the fork a dossier is in stands. */
export interface BranchPosition {
  branch: string;
  /** Null once the branch has joined. */
  step: string | null;
  phase: StepSubstate | 'joined';
}

/** Plain JSON: store it as is (jsonb) and hand it back to `applyEvent`. */
export interface PersistedState {
  value: PersistedValue;
  context: DossierContext;
}

export interface EngineResult {
  state: PersistedState;
  step: string | null;
  phase: Phase;
  /** The current step has `result: true`. */
  resultReady: boolean;
  /** Named registry actions run by this transition, in order, for the outbox. */
  actions: string[];
  context: DossierContext;
  /** In a fork (`step` is the fork step): each of its branches; absent outside a fork. */
  branches?: BranchPosition[];
}

export interface EngineRejection {
  rejected: true;
  allowed: string[];
  /** The file guard that refused an otherwise allowed event. */
  guard?: string;
}
