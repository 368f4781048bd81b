import { EventHeap } from './event-heap.rules';
import { idNumber, mixSeed, uniformOf } from './simulation-random.rules';
import type { SimArrival, SimModel, SimRun, SimStep, StepLoad } from './simulation.types';

/** A dossier moving more often than this is taken as looping for ever and counted as stalled. */
export const MAX_HOPS = 200;

const ARRIVE = 0;
const END = 1;
const STALL_DRAW = 0;
const TIME_DRAW = 1;
const ROUTE_DRAW = 2;
const TEMPLATE_DRAW = 3;
/** Stands for every step in the seed of a dossier's template, which must not depend on the model's steps. */
const ANY_STEP = -1;

/** Cumulative weights, for a binary search per draw instead of a walk. */
const cumulativeOf = (weights: number[]): Float64Array => {
  const out = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => (out[i] = sum += w));
  return out;
};

const pick = (cumulative: Float64Array, u: number): number => {
  const target = u * cumulative[cumulative.length - 1];
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
};

interface Prepared {
  step: SimStep;
  key: number;
  times: Float64Array;
  targets: number[];
  load: StepLoad;
  busy: number;
  queue: number[];
  head: number;
}

const emptyLoad = (step: SimStep): StepLoad => ({
  stepId: step.id,
  visits: 0,
  stalled: 0,
  servers: step.servers,
  waitMinutes: 0,
  maxWaitMinutes: 0,
  maxQueue: 0,
  peakInWork: 0,
  busyMinutes: 0,
});

/**
 * Discrete-event simulation of the arrivals through the model: each step is a first-come first-served queue with
 * `servers` places. A dossier's first visit of a step takes the time its template dossier (an observed one) took
 * there; a later visit, or a step the template never reached, draws from the step's observed sample; the way out
 * is drawn from the step's routes. Every draw is seeded by (seed, dossier, step id, visit) and the template by
 * (seed, dossier), so two models sharing a step give the same dossier the same time there (common random
 * numbers): a difference between two runs comes from the change, not from the dice.
 */
export function simulate(model: SimModel, arrivals: SimArrival[], seed: number): SimRun {
  const index = new Map(model.steps.map((s, i) => [s.id, i]));
  const prepared: Prepared[] = model.steps.map((step) => ({
    step,
    key: idNumber(step.id),
    times: cumulativeOf(step.routes.map((r) => r.weight)),
    targets: step.routes.map((r) => (r.target === null ? -1 : index.get(r.target)!)),
    load: emptyLoad(step),
    busy: 0,
    queue: [],
    head: 0,
  }));
  const sampleCumulative = model.steps.map((s) => cumulativeOf(s.sample.weights));
  const n = arrivals.length;
  const at = new Int32Array(n);
  const hops = new Int32Array(n);
  const arrivedAt = new Float64Array(n);
  const workFor = new Float64Array(n);
  const visits = new Uint16Array(n * model.steps.length);
  const finish: Array<number | null> = new Array<number | null>(n).fill(null);
  const template = new Int32Array(n).fill(-1);
  const templates = model.templates;
  if (templates && templates.count > 0)
    for (let i = 0; i < n; i++)
      template[i] = Math.floor(uniformOf(mixSeed(seed, i, ANY_STEP, 0, TEMPLATE_DRAW)) * templates.count);
  const heap = new EventHeap();
  const first = index.get(model.first)!;
  arrivals.forEach((a, i) => {
    at[i] = first;
    heap.push(a.start, i * 2 + ARRIVE);
  });

  const draw = (i: number, p: Prepared, kind: number): number =>
    uniformOf(mixSeed(seed, i, p.key, visits[i * prepared.length + at[i]], kind));

  const startWork = (i: number, p: Prepared, t: number): void => {
    const s = at[i];
    const wait = t - arrivedAt[i];
    p.load.waitMinutes += wait;
    if (wait > p.load.maxWaitMinutes) p.load.maxWaitMinutes = wait;
    p.busy++;
    if (p.busy > p.load.peakInWork) p.load.peakInWork = p.busy;
    const c = sampleCumulative[s];
    const kept =
      template[i] >= 0 && visits[i * prepared.length + s] === 1
        ? templates!.minutes[template[i] * prepared.length + s]
        : NaN;
    const minutes = !Number.isNaN(kept)
      ? kept
      : c.length
        ? p.step.sample.values[pick(c, draw(i, p, TIME_DRAW))]
        : 0;
    workFor[i] = minutes;
    heap.push(t + minutes, i * 2 + END);
  };

  while (heap.size > 0) {
    const [t, item] = heap.pop();
    const i = item >> 1;
    const p = prepared[at[i]];
    if ((item & 1) === ARRIVE) {
      visits[i * prepared.length + at[i]]++;
      p.load.visits++;
      if (hops[i]++ >= MAX_HOPS || (p.step.stall > 0 && draw(i, p, STALL_DRAW) < p.step.stall)) {
        p.load.stalled++;
        continue;
      }
      arrivedAt[i] = t;
      if (p.busy < p.step.servers) startWork(i, p, t);
      else {
        p.queue.push(i);
        const waiting = p.queue.length - p.head;
        if (waiting > p.load.maxQueue) p.load.maxQueue = waiting;
      }
      continue;
    }
    p.busy--;
    p.load.busyMinutes += workFor[i];
    if (p.head < p.queue.length) startWork(p.queue[p.head++], p, t);
    const target = p.targets.length ? p.targets[pick(p.times, draw(i, p, ROUTE_DRAW))] : -1;
    if (target < 0) finish[i] = t;
    else {
      at[i] = target;
      heap.push(t, i * 2 + ARRIVE);
    }
  }
  return { finish, steps: prepared.map((p) => p.load) };
}
