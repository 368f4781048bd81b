/**
 * The figures of one step of one procedure revision over a period, measured on the center's working calendar
 * from the hand-overs recorded in the audit log (each hand-over's working minutes are stored when it is written,
 * as the control sheet, form 06, shows them). Minutes are working minutes.
 */
export interface StepFigure {
  procedureCode: string;
  procedureName: string;
  /** The procedure file's revision (`version`) the dossiers ran on. */
  version: number;
  stepId: string;
  stepName: string;
  /** The unit owning the step in the procedure file. */
  unit: string;
  /** The ISO table's time for the step, in working minutes; null for a step without one. */
  allottedMinutes: number | null;
  /** Hand-overs out of the step in the period (a step visited twice counts twice). */
  handOvers: number;
  medianMinutes: number;
  p90Minutes: number;
  meanMinutes: number;
  /** Share (0–1) of the hand-overs that came after the step's due instant. */
  lateShare: number;
  /** Median working minutes before the step was picked up (assigned or first acted on), null when never measured. */
  waitMedianMinutes: number | null;
  /** Median working minutes from pick-up to hand-over, null when never measured. */
  workMedianMinutes: number | null;
  /** Hand-overs that sent the dossier back to an earlier step, and their share of the hand-overs. */
  sendBacks: number;
  sendBackRate: number;
  /** Visits beyond the first of the same dossier (loops through the step). */
  repeatVisits: number;
  /** Supplement requests made at this step, and their share of the hand-overs. */
  supplementRequests: number;
  supplementRate: number;
  /** Late dossiers (finished late or overdue in the period) that were late at this step, and their share of all late dossiers of the procedure. */
  lateDossiers: number;
  lateDossierShare: number;
}

/** The period and scope the figures are asked for; days are Vietnam calendar days (yyyy-mm-dd), both included. */
export interface StepAnalyticsQuery {
  from: string;
  to: string;
  /** Only the dossiers of this agency (a unit id of org.yaml: the procedure's `agency` or a unit under it). */
  agency?: string;
  procedureCode?: string;
  version?: number;
}
