import type { HandlingCounts } from '@motcua/report';
import type { StepFigure } from '../step-figure.types';

/** The agency a pack is made for: a unit of org.yaml, under its parent as a document heads itself. */
export interface PackAgency {
  id: string;
  name: string;
  parent: string | null;
}

/** One procedure revision the agency ran in the year: the counts of form 06, the on-time rate and working times. */
export interface PackProcedure extends HandlingCounts {
  code: string;
  /** The procedure file's `version`. */
  version: number;
  name: string;
  /** The statutory limit in words (`1 ngày làm việc`). */
  limit: string;
  /** Decision 766: (resolved early + on time + pending within the deadline) / total × 100; null when none. */
  onTimeRate: number | null;
  /** Dossiers done in the year with a working time written at the finish, and its median and p90 (minutes). */
  timed: number;
  medianWorkingMinutes: number | null;
  p90WorkingMinutes: number | null;
  /** Of them, those whose working time exceeded the limit; null for a limit in calendar days or months. */
  overLimit: number | null;
}

export const FLAG_KINDS = [
  'steps_below_limit',
  'steps_above_limit',
  'dossiers_over_limit',
  'step_median_over',
  'step_p90_over',
] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

/** Something an ISO committee acts on, with the rule it comes from. */
export interface PackFlag {
  kind: FlagKind;
  procedureCode: string;
  version: number;
  /** The step the flag is about; null for the whole procedure. */
  stepId: string | null;
  /** What was found, in Vietnamese, with its figures. */
  finding: string;
}

/** An ISO steering committee's review pack: an agency's procedures over a year. */
export interface ReviewPack {
  agency: PackAgency;
  year: number;
  /** The year's bounds and the instant the figures are judged at (+07:00 ISO instants). */
  from: string;
  to: string;
  asOf: string;
  procedures: PackProcedure[];
  total: HandlingCounts & { onTimeRate: number | null };
  /** The step analytics of the agency's procedures over the year. */
  steps: StepFigure[];
  flags: PackFlag[];
}
