import type { ProcedureDefinition } from '@motcua/engine';
import type { StaffRow } from './simulation.repository';
import type { StepLoadView } from './simulation-result.types';
import type { StepLoad } from './simulation.types';

/** Officers per step id. */
export type StaffCount = Record<string, number>;

/** Pure: the officers of each step: the active users of its unit holding its role, or the unit's override. */
export function staffOf(
  definition: ProcedureDefinition,
  rows: StaffRow[],
  overrides: Record<string, number>,
): StaffCount {
  return Object.fromEntries(
    definition.steps.map((s) => [
      s.id,
      overrides[s.owner.unit] ??
        rows.find((r) => r.unit_id === s.owner.unit && r.role === s.owner.role)?.n ??
        0,
    ]),
  );
}

const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** Pure: a step's load for the reader; `span` is the period's working minutes. */
export function loadView(load: StepLoad, places: number, span: number): StepLoadView {
  const started = load.visits - load.stalled;
  return {
    visits: load.visits,
    stalled: load.stalled,
    places,
    meanWaitMinutes: started ? round(load.waitMinutes / started) : 0,
    maxWaitMinutes: round(load.maxWaitMinutes),
    maxQueue: load.maxQueue,
    utilisation: places && span ? round(load.busyMinutes / (places * span), 3) : 0,
  };
}
