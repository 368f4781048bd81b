import { performance } from 'node:perf_hooks';

/** Work split between actors: `step(actor)` does one unit of work, and resolves false once the actor has none. */
export interface Workload {
  step(actor: number): Promise<boolean>;
}

export interface Tally {
  count: number;
  ms: number;
}

export const perSecond = (t: Tally): number => (t.ms > 0 ? (t.count * 1000) / t.ms : 0);

export const addTally = (total: Tally, part: Tally): void => {
  total.count += part.count;
  total.ms += part.ms;
};

/** Runs `actors` concurrent loops of `workload` until `ms` have passed or every actor has run out of work. */
export async function drive(workload: Workload, actors: number, ms: number): Promise<Tally> {
  const started = performance.now();
  let count = 0;
  const loop = async (actor: number) => {
    while (performance.now() - started < ms && (await workload.step(actor))) count++;
  };
  await Promise.all(Array.from({ length: actors }, (_, actor) => loop(actor)));
  return { count, ms: performance.now() - started };
}
