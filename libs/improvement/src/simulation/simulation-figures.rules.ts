import type { SimArrival } from './simulation.types';

export interface MonthBacklog {
  month: string;
  /** Dossiers whose clock had started and whose result was not handed over at the month's end. */
  open: number;
}

/** On-time figures of a set of dossiers judged at the period's end (Decision 766: done or pending on time / received). */
export interface OutcomeFigures {
  dossiers: number;
  /** Results handed over by the appointment, and after it. */
  resolvedOnTime: number;
  resolvedLate: number;
  /** Not handed over at the period's end: before the appointment, and past it. */
  pendingWithin: number;
  pendingOverdue: number;
  onTimeRate: number;
  /** The late ones (handed over late, or pending overdue) by code. */
  lateCodes: string[];
  backlogByMonth: MonthBacklog[];
}

/**
 * Judges each dossier at `end` (all on the working-minute axis): handed over by then, on time when no later than
 * its appointment; else pending, overdue when the appointment has passed.
 */
export function judgeOutcomes(
  arrivals: SimArrival[],
  dueOf: (i: number) => number,
  finishOf: (i: number) => number | null,
  end: number,
  monthEnds: Array<{ month: string; end: number }>,
): OutcomeFigures {
  const f: OutcomeFigures = {
    dossiers: arrivals.length,
    resolvedOnTime: 0,
    resolvedLate: 0,
    pendingWithin: 0,
    pendingOverdue: 0,
    onTimeRate: 0,
    lateCodes: [],
    backlogByMonth: monthEnds.map((m) => ({ month: m.month, open: 0 })),
  };
  arrivals.forEach((a, i) => {
    const finish = finishOf(i);
    const due = dueOf(i);
    const done = finish !== null && finish <= end;
    if (done && finish <= due) f.resolvedOnTime++;
    else if (done) f.resolvedLate++;
    else if (due < end) f.pendingOverdue++;
    else f.pendingWithin++;
    if ((done && finish > due) || (!done && due < end)) f.lateCodes.push(a.code);
    monthEnds.forEach((m, k) => {
      if (a.start <= m.end && (finish === null || finish > m.end)) f.backlogByMonth[k].open++;
    });
  });
  f.onTimeRate = f.dossiers ? (f.resolvedOnTime + f.pendingWithin) / f.dossiers : 1;
  return f;
}

/** The model's own check: the current revision replayed must land within `tolerance` of what happened. */
export interface ReproductionCheck {
  tolerance: number;
  actualOnTimeRate: number;
  simulatedOnTimeRate: number;
  difference: number;
  reproduced: boolean;
}

export const ON_TIME_TOLERANCE = 0.02;

export function reproductionCheck(
  actual: OutcomeFigures,
  simulated: OutcomeFigures,
  tolerance = ON_TIME_TOLERANCE,
): ReproductionCheck {
  const difference = simulated.onTimeRate - actual.onTimeRate;
  return {
    tolerance,
    actualOnTimeRate: actual.onTimeRate,
    simulatedOnTimeRate: simulated.onTimeRate,
    difference,
    reproduced: Math.abs(difference) <= tolerance,
  };
}
