import type { Applicant, DossierStatus, Timeliness } from '@motcua/dossier';
import type { PersistedState, ProcedureDefinition } from '@motcua/engine';

/** One shipped procedure as the generator uses it: its recorded revision and its happy path. */
export interface LargeProcedure {
  definition: ProcedureDefinition;
  versionId: string;
  initial: PersistedState;
  routeUnits: string[];
  receivingUnit: string;
  agencyId: string;
  /** Relative share of the center's intake. */
  weight: number;
}

export interface LargeEvent {
  version: number;
  action: string;
  fromStep: string | null;
  toStep: string | null;
  fromStatus: DossierStatus | null;
  toStatus: DossierStatus;
  actor: string | null;
  occurredAt: Date;
  stepStartedAt: Date | null;
  stepDueAt: Date | null;
  workingMinutes: number | null;
  /** Working minutes before the step's first assignment (steps a head assigns to an officer); else null. */
  waitMinutes: number | null;
  timeliness: Timeliness | null;
}

export interface LargeFlag {
  flag: string;
  subject: string;
}

/** Everything written for one dossier: its row, its control sheet, its pauses and its open flags. */
export interface LargeDossier {
  id: string;
  procedure: LargeProcedure;
  code: string;
  channel: string;
  status: DossierStatus;
  applicant: Applicant;
  machineState: PersistedState;
  step: { id: string; unit: string; role: string } | null;
  receivedAt: Date;
  clockStartedAt: Date;
  dueAt: Date;
  stepStartedAt: Date | null;
  stepDueAt: Date | null;
  pausedAt: Date | null;
  resultReadyAt: Date | null;
  finishedAt: Date | null;
  /** Working milliseconds from the clock's start to the finish, as the hand-over writes them (done only). */
  workingMs: string | null;
  lastActivityAt: Date;
  stepConsumed: Record<string, number>;
  deadlines: {
    dueSoonFrom: Date | null;
    stallAt: Date | null;
    apologyReminderAt: Date | null;
    apologyRemindedAt: Date | null;
    flagAt: Record<string, Date | null>;
  };
  flags: LargeFlag[];
  events: LargeEvent[];
  pauses: Array<{ step: string; startedAt: Date; endedAt: Date | null; dueBefore: Date }>;
}
