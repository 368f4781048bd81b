// Figure: simulating a procedure's year on the large data set (docs/improvement.md), against reading the same rows.
import { DataSource } from 'typeorm';
import { loadCatalog } from '@motcua/catalog';
import { databaseOptions } from '@motcua/common';
import { SimulationRepository, SimulationService } from '@motcua/improvement';
import type { Benchmark, Figure } from './bench.types';
import { largeDataset } from './large-data';

const RUNS = 3;
const BUSIEST = '2.000908';

async function median(run: () => Promise<unknown>): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return Math.round(times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]);
}

export const benchmark: Benchmark & { order: number } = {
  id: 'simulate',
  order: 9,
  title: 'simulating a year of a procedure, and of every procedure, on the large data set',
  async run(ctx) {
    const data = await largeDataset(ctx);
    const year = new Date(data.now.getTime() + 7 * 3_600_000).toISOString().slice(0, 4);
    const period = { from: `${year}-01-01`, to: `${year}-12-31` };
    const { catalog } = loadCatalog('workflows');
    if (!catalog) throw new Error('bench: the workflow files do not load');
    const db = await new DataSource({ ...databaseOptions(ctx.databaseUrl), extra: { max: 3 } }).initialize();
    const repository = new SimulationRepository();
    const service = new SimulationService(db, repository, catalog);
    // A procedure with parallel branches is refused (DRAFT_NOT_SIMULABLE): the others.
    const codes = [
      ...new Set(
        catalog.procedures
          .filter((p) => !p.definition.steps.some((s) => s.fork || s.branch))
          .map((p) => p.definition.code),
      ),
    ].sort();
    const fileOf = (code: string) =>
      catalog.procedures
        .filter((p) => p.definition.code === code)
        .sort((a, b) => b.definition.version - a.definition.version)[0].source.text;
    const simulate = (code: string) => service.run({ draft: fileOf(code), ...period }, null, data.now);
    // The baseline reads what the simulation reads, with the same statements, and does nothing with it.
    const read = async (code: string) => {
      const def = catalog.procedures.find((p) => p.definition.code === code)!.definition;
      const revision = await repository.revisionId(db, code, def.version);
      if (!revision) return;
      const from = new Date(`${period.from}T00:00:00+07:00`);
      const to = new Date(`${Number(year) + 1}-01-01T00:00:00+07:00`);
      await Promise.all([
        repository.arrivals(db, revision, from, to),
        repository.trajectories(db, revision, from, to),
      ]);
    };
    try {
      const busiest = await simulate(BUSIEST);
      const checks = [];
      for (const c of codes) checks.push([c, (await simulate(c)).check] as const);
      for (const [c, check] of checks)
        ctx.log(
          `simulate: ${c} actual ${(100 * check.actualOnTimeRate).toFixed(1)} % vs simulated ${(100 * check.simulatedOnTimeRate).toFixed(1)} %: ${check.reproduced ? 'reproduced' : 'NOT reproduced'}`,
        );
      const one = await median(() => simulate(BUSIEST));
      const oneRead = await median(() => read(BUSIEST));
      const all = await median(async () => {
        for (const c of codes) await simulate(c);
      });
      const allRead = await median(async () => {
        for (const c of codes) await read(c);
      });
      const reproduced = checks.filter(([, c]) => c.reproduced).length;
      const common = {
        unit: 'ms',
        higherIsBetter: false,
        baselineName: 'the same arrivals and hand-overs read with the same SQL, not simulated',
      };
      const figures: Figure[] = [
        {
          ...common,
          id: 'simulate.procedure',
          title: `simulating ${BUSIEST} over ${year} (${busiest.actual.dossiers.toLocaleString('en-US')} dossiers), current revision and draft`,
          ours: one,
          baseline: oneRead,
          note: `in process, median of ${RUNS}; ${data.size.toLocaleString('en-US')} dossiers in the data set`,
        },
        {
          ...common,
          id: 'simulate.all',
          title: `simulating all ${codes.length} procedures without parallel branches over ${year}, one after the other`,
          ours: all,
          baseline: allRead,
          note: `the current revision reproduced the actual on-time rate within 2 points for ${reproduced} of ${codes.length}`,
        },
      ];
      return figures;
    } finally {
      await db.destroy();
    }
  },
};
