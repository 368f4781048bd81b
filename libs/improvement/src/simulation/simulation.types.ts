/**
 * The simulation works on a working-minute axis: an instant is the number of working minutes of the center's
 * calendar elapsed since the period's start, so a step's time is plain arithmetic and nights, weekends and
 * holidays take no room.
 */
export interface SimArrival {
  code: string;
  /** The clock start on the working-minute axis. */
  start: number;
  /** The appointment on the working-minute axis. */
  due: number;
  /** The Vietnamese month (yyyy-mm) of the clock start. */
  month: string;
}

/** A weighted sample of observed working minutes: `values[i]` was seen `weights[i]` times. */
export interface MinuteSample {
  values: number[];
  weights: number[];
}

/** Where a dossier goes when it leaves a step by `action`: another step, or null when the result is handed over. */
export interface SimRoute {
  action: string;
  target: string | null;
  weight: number;
}

export interface SimStep {
  id: string;
  /** Dossiers the step works on at once; Infinity: no limit. */
  servers: number;
  sample: MinuteSample;
  routes: SimRoute[];
  /** The probability that a dossier entering the step stays there (stalled) and never leaves it. */
  stall: number;
}

/**
 * Observed dossiers whose times a simulated dossier takes at its first visit of each step, so that a dossier slow
 * at one step is slow at the others as it was (step times of one dossier are not independent): `minutes` holds
 * `count` rows of one value per step of the model (in its order), NaN where that dossier has none.
 */
export interface SimTemplates {
  count: number;
  minutes: Float64Array;
}

export interface SimModel {
  first: string;
  steps: SimStep[];
  templates?: SimTemplates;
}

export interface StepLoad {
  stepId: string;
  visits: number;
  stalled: number;
  servers: number;
  /** Working minutes spent waiting for a free place, summed and at most. */
  waitMinutes: number;
  maxWaitMinutes: number;
  maxQueue: number;
  /** The most dossiers the step held in work at once. */
  peakInWork: number;
  busyMinutes: number;
}

export interface SimRun {
  /** Per arrival (same order): the hand-over of its result on the working-minute axis, or null (never, stalled). */
  finish: Array<number | null>;
  steps: StepLoad[];
}
