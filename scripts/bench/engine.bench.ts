import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadCatalog } from '@motcua/catalog';
import { applyEvent, type CompiledProcedure, startDossier } from '@motcua/engine';
import { BpmnRunner } from './core-bpmn-runner';
import { addTally, perSecond, type Tally } from './core-drive';
import { ROUTE_PAYLOAD, routeOf, type RouteStep } from './core-route';
import type { Benchmark, BenchContext, Figure } from './bench.types';

interface Walk {
  compiled: CompiledProcedure;
  route: RouteStep[];
  bpmn: BpmnRunner;
}

/** One dossier per procedure through the pure engine, each event applied to the stored (plain JSON) state. */
function walkOurs(walks: Walk[]): number {
  let transitions = 0;
  for (const { compiled, route } of walks) {
    let state = startDossier(compiled).state;
    for (const { event } of route) {
      const result = applyEvent(compiled, state, { type: event, ...ROUTE_PAYLOAD });
      if ('rejected' in result) throw new Error(`${compiled.definition.code}: '${event}' rejected`);
      state = result.state;
      transitions++;
    }
    if (state.value !== 'done')
      throw new Error(`${compiled.definition.code}: ended at ${JSON.stringify(state)}`);
  }
  return transitions;
}

async function walkBpmn(walks: Walk[]): Promise<number> {
  let transitions = 0;
  for (const { bpmn } of walks) transitions += await bpmn.walk();
  return transitions;
}

/** Repeats `round` for at least `ms`: the transitions it counted and the time it took. */
async function rate(round: () => number | Promise<number>, ms: number): Promise<Tally> {
  const started = performance.now();
  let count = 0;
  while (performance.now() - started < ms) count += await round();
  return { count, ms: performance.now() - started };
}

async function run(ctx: BenchContext): Promise<Figure[]> {
  const { catalog, errors } = loadCatalog(join(__dirname, '..', '..', 'workflows'));
  if (!catalog)
    throw new Error(`workflows: ${errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join('; ')}`);
  const walks: Walk[] = [];
  // The BPMN baseline is generated as one line of tasks: a procedure with parallel branches has no such walk.
  const forked = catalog.procedures.filter((p) => p.definition.steps.some((s) => s.fork));
  if (forked.length)
    ctx.log(`engine: ${forked.map((p) => p.definition.code).join(', ')} left out (parallel branches)`);
  for (const { definition, compiled } of catalog.procedures) {
    if (forked.some((p) => p.definition === definition)) continue;
    const route = routeOf(definition);
    walks.push({ compiled, route, bpmn: await BpmnRunner.create(definition, route) });
  }
  const perWalk = walks.reduce((n, w) => n + w.route.length, 0);
  ctx.log(`engine: ${walks.length} procedures, ${perWalk} transitions a round (send-backs included)`);

  const slice = ctx.quick ? 1_000 : 5_000;
  const rounds = ctx.quick ? 2 : 4;
  // Warm-up: both sides reach their optimized code before anything is counted.
  await rate(() => walkOurs(walks), 1_000);
  await rate(() => walkBpmn(walks), 1_000);
  const ours: Tally = { count: 0, ms: 0 };
  const bpmn: Tally = { count: 0, ms: 0 };
  // Interleaved, so that a neighbour's load on the machine falls on both sides alike.
  for (let i = 0; i < rounds; i++) {
    addTally(ours, await rate(() => walkOurs(walks), slice));
    addTally(bpmn, await rate(() => walkBpmn(walks), slice));
  }
  return [
    {
      id: 'engine.transitions',
      title: 'pure transitions walking the shipped procedures',
      unit: 'transitions/s',
      ours: perSecond(ours),
      baseline: perSecond(bpmn),
      baselineName: 'bpmn-engine 25, same processes (user tasks) in memory',
      higherIsBetter: true,
      note:
        `${walks.length} procedures, ${perWalk} transitions a round, each send-back taken once; ` +
        `${ours.count} and ${bpmn.count} transitions in ${rounds} interleaved rounds of ${slice / 1000} s`,
    },
  ];
}

export const benchmark: Benchmark & { order: number } = {
  id: 'engine',
  title: 'engine core: pure transitions/s against bpmn-engine',
  order: 1,
  run,
};
