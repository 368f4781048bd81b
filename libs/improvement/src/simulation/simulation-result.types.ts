import type { ModelStepNote } from './simulation-model.rules';
import type { OutcomeFigures, ReproductionCheck } from './simulation-figures.rules';

/** What a draft asks beyond the file: the period (Vietnamese days, both included), the seed, and assumptions. */
export interface SimulationRequest {
  draft: string;
  from: string;
  to: string;
  seed?: number;
  /** Officers per unit id, replacing today's count for every step the unit owns. */
  staff?: Record<string, number>;
  /** Working minutes per step id, for a step without observations or to override them. */
  assume?: Record<string, number>;
}

export interface StepLoadView {
  visits: number;
  stalled: number;
  places: number;
  meanWaitMinutes: number;
  maxWaitMinutes: number;
  maxQueue: number;
  /** Busy minutes over the places' working minutes in the period (0–1). */
  utilisation: number;
}

export interface SimulatedStep extends ModelStepNote {
  stepName: string;
  unit: string;
  role: string;
  officersToday: number;
  officers: number;
  current: StepLoadView | null;
  draft: StepLoadView | null;
}

/** Late codes are listed up to this many, in clock-start order; the counts are complete. */
export const LATE_CODES_SHOWN = 500;

export interface SimulationResult {
  procedureCode: string;
  procedureName: string;
  currentVersion: number;
  draftVersion: number;
  from: string;
  to: string;
  asOf: string;
  seed: number;
  actual: OutcomeFigures;
  current: OutcomeFigures;
  draft: OutcomeFigures;
  check: ReproductionCheck;
  steps: SimulatedStep[];
}
