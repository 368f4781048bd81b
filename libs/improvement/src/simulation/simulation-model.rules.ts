import { limitMinutes, type ProcedureDefinition, type ProcedureStep } from '@motcua/engine';
import type { MinuteSample, SimModel, SimRoute, SimStep, SimTemplates } from './simulation.types';

export interface ObservedMove {
  action: string;
  to: string | null;
  count: number;
}

/** What the audit log says about one step of the current revision over the base period. */
export interface ObservedStep {
  stepId: string;
  /** The working minutes of its hand-overs. */
  sample: MinuteSample;
  /** Hand-overs out of the step by action and the step they went to (null: the result handed over). */
  moves: ObservedMove[];
  /** Dossiers still held at the step, longer than its 99th-percentile hand-over, at the period's end. */
  stalled: number;
}

/** How a step of the draft gets its times: observed at the same step id, or assumed. */
export type StepBasis = 'observed' | 'assumed';

export interface ModelStepNote {
  stepId: string;
  basis: StepBasis;
  /** The assumed constant minutes of a step without observations. */
  assumedMinutes: number | null;
}

const constantSample = (minutes: number): MinuteSample => ({ values: [minutes], weights: [1] });

const isForward = (target: string, ids: Set<string>): boolean => target === 'done' || ids.has(target);

/**
 * The routes of a draft step from the observed moves out of it: a move keeps its next step when the draft still
 * leads there from this step (whatever the action is called); otherwise it follows where the draft sends its action
 * (a step removed or rewired); a move the draft cannot make is dropped. Without any, the draft's first action that
 * moves forward (to a step or to the result).
 */
function routesOf(step: ProcedureStep, observed: ObservedStep | undefined, ids: Set<string>): SimRoute[] {
  const forward = step.transitions.filter((t) => isForward(t.target, ids));
  const target = (t: string): string | null => (t === 'done' ? null : t);
  const routes: SimRoute[] = [];
  for (const move of observed?.moves ?? []) {
    const kept = forward.some((t) => target(t.target) === move.to);
    const rewired = forward.find((t) => t.event === move.action);
    if (!kept && !rewired) continue;
    const to = kept ? move.to : target(rewired!.target);
    const same = routes.find((r) => r.action === move.action && r.target === to);
    if (same) same.weight += move.count;
    else routes.push({ action: move.action, target: to, weight: move.count });
  }
  if (routes.length) return routes;
  return forward.length ? [{ action: forward[0].event, target: target(forward[0].target), weight: 1 }] : [];
}

/**
 * The simulation model of a procedure file: its steps matched by id to the observed ones (times, routes and the
 * stalled share carried over, each observed dossier in `dossiers` a template of first-visit times), a step without
 * observations taking `assumed[stepId]` working minutes, else its `duration` in the file, every time.
 */
export function buildModel(
  definition: ProcedureDefinition,
  observed: Map<string, ObservedStep>,
  servers: Record<string, number>,
  assumed: Record<string, number> = {},
  dossiers: Array<Map<string, number>> = [],
): { model: SimModel; notes: ModelStepNote[] } {
  const ids = new Set(definition.steps.map((s) => s.id));
  const notes: ModelStepNote[] = [];
  const steps: SimStep[] = definition.steps.map((step) => {
    const seen = observed.get(step.id);
    const useObserved = seen !== undefined && seen.sample.values.length > 0 && assumed[step.id] === undefined;
    const assumedMinutes = useObserved ? null : (assumed[step.id] ?? limitMinutes(step.duration));
    notes.push({ stepId: step.id, basis: useObserved ? 'observed' : 'assumed', assumedMinutes });
    const handOvers = seen ? seen.moves.reduce((sum, m) => sum + m.count, 0) : 0;
    return {
      id: step.id,
      servers: servers[step.id] ?? Infinity,
      sample: useObserved ? seen.sample : constantSample(assumedMinutes!),
      routes: routesOf(step, seen, ids),
      stall: seen && seen.stalled > 0 ? seen.stalled / (seen.stalled + handOvers) : 0,
    };
  });
  const kept = notes.map((n) => n.basis === 'observed');
  const model = { first: definition.steps[0].id, steps, templates: templatesOf(steps, kept, dossiers) };
  return { model, notes };
}

/** The observed dossiers' first-visit minutes in the model's step order; NaN at a step timed by an assumption. */
function templatesOf(steps: SimStep[], kept: boolean[], dossiers: Array<Map<string, number>>): SimTemplates {
  const minutes = new Float64Array(dossiers.length * steps.length).fill(NaN);
  dossiers.forEach((d, t) =>
    steps.forEach((s, k) => {
      const m = d.get(s.id);
      if (kept[k] && m !== undefined) minutes[t * steps.length + k] = m;
    }),
  );
  return { count: dossiers.length, minutes };
}

/** The minutes under which `share` (0–1) of a weighted sample lies. */
export function sampleQuantile(sample: MinuteSample, share: number): number {
  const order = sample.values.map((v, i) => [v, sample.weights[i]] as const).sort((a, b) => a[0] - b[0]);
  const total = order.reduce((sum, [, w]) => sum + w, 0);
  let seen = 0;
  for (const [value, weight] of order) {
    seen += weight;
    if (seen >= share * total) return value;
  }
  return order.length ? order[order.length - 1][0] : 0;
}

/**
 * The places of each step: today's officers are taken to absorb today's peak (the observed times already hold
 * today's waiting), so a step works on `peak / officers today` dossiers per officer; a changed staff count scales
 * that, at least one place. A step new in the draft takes the median load per officer of today's steps.
 */
export function serversOf(
  stepIds: string[],
  peaks: Record<string, number>,
  officersToday: Record<string, number>,
  officers: Record<string, number>,
): Record<string, number> {
  const perOfficerToday = Object.fromEntries(
    Object.entries(peaks).map(([id, peak]) => [id, peak / Math.max(1, officersToday[id] ?? 1)]),
  );
  const loads = Object.values(perOfficerToday).sort((a, b) => a - b);
  const median = loads.length ? loads[Math.floor(loads.length / 2)] : 1;
  return Object.fromEntries(
    stepIds.map((id) => [
      id,
      Math.max(1, Math.ceil((perOfficerToday[id] ?? median) * Math.max(1, officers[id] ?? 1) - 1e-9)),
    ]),
  );
}
