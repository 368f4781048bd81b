// Figure 9: the step analytics of a year (the step table and the bottleneck ranking) on the large data set, over
// HTTP, against a bare SQL aggregate of the same control-sheet rows.
import type { Client } from 'pg';
import type { Benchmark, Figure } from './bench.types';
import { startApp } from './large-app';
import { connect, largeDataset } from './large-data';
import { httpGet, login, median } from './report.bench';

const PORT = 30510;
const RUNS = 5;

export const benchmark: Benchmark & { order: number } = {
  id: 'steps',
  order: 9,
  title: 'step analytics of a year on the large data set',
  async run(ctx) {
    const data = await largeDataset(ctx);
    const year = Number(new Date(data.now.getTime() + 7 * 3_600_000).toISOString().slice(0, 4));
    const client = await connect(ctx.databaseUrl);
    const app = await startApp(ctx, 'api', { port: PORT, env: { LOG_LEVEL: 'warn' } });
    try {
      const token = await login(PORT);
      const period = `from=${year}-01-01&to=${year}-12-31`;
      const get = (path: string) => () => httpGet(PORT, path, token);
      const bare = () => bareAggregate(client, year);
      const steps = await median(get(`/api/v1/improvement/steps?${period}`));
      const bareMs = await median(bare);
      const bottlenecks = await median(get(`/api/v1/improvement/bottlenecks?${period}`));
      const bareAgainMs = await median(bare);
      const rows = await countHandOvers(client, year);
      ctx.log(
        `steps: ${rows.toLocaleString('en-US')} hand-overs in ${year}; steps ${steps} ms, bottlenecks ${bottlenecks} ms, bare ${bareMs}/${bareAgainMs} ms`,
      );
      const common = {
        unit: 'ms',
        baseline: Math.min(bareMs, bareAgainMs),
        baselineName:
          'SELECT procedure_version_id, from_step, count(*), avg(working_minutes) … GROUP BY over the same rows',
        higherIsBetter: false,
      };
      const size = data.size.toLocaleString('en-US');
      const note = `over HTTP, median of ${RUNS}; ${rows.toLocaleString('en-US')} hand-overs in the year`;
      const figures: Figure[] = [
        {
          ...common,
          id: 'steps.figures',
          title: `step figures of every procedure, year ${year}, ${size} dossiers`,
          ours: steps,
          note: `GET /improvement/steps ${note}`,
        },
        {
          ...common,
          id: 'steps.bottlenecks',
          title: `bottleneck ranking, year ${year}, ${size} dossiers`,
          ours: bottlenecks,
          note: `GET /improvement/bottlenecks ${note}`,
        },
      ];
      return figures;
    } finally {
      await app.stop();
      await client.end();
    }
  },
};

// The control sheet's rows of the year: the hand-overs graded against their step's due instant.
const HAND_OVERS = `e.occurred_at >= $1 AND e.occurred_at < $2 AND e.timeliness IS NOT NULL AND e.from_step IS NOT NULL`;
const yearBounds = (year: number) => [`${year}-01-01T00:00:00+07:00`, `${year + 1}-01-01T00:00:00+07:00`];

async function bareAggregate(client: Client, year: number): Promise<void> {
  await client.query(
    `SELECT d.procedure_version_id, e.from_step, count(*), avg(e.working_minutes)
       FROM dossier_event e JOIN dossier d ON d.id = e.dossier_id
      WHERE ${HAND_OVERS}
      GROUP BY 1, 2`,
    yearBounds(year),
  );
}

async function countHandOvers(client: Client, year: number): Promise<number> {
  const { rows } = await client.query<{ n: string }>(
    `SELECT count(*) AS n FROM dossier_event e WHERE ${HAND_OVERS}`,
    yearBounds(year),
  );
  return Number(rows[0].n);
}
