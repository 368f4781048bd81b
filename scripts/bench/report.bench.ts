// Figure 7: the yearly handling report (form 06) and the indicators over the large data set, against bare SQL.
import type { Client } from 'pg';
import type { Benchmark, Figure } from './bench.types';
import { startApp } from './large-app';
import { connect, largeDataset } from './large-data';

const PORT = 3918;
const SUPERVISOR = 'quantri';
const RUNS = 5;

export const benchmark: Benchmark & { order: number } = {
  id: 'report',
  order: 7,
  title: 'yearly reports on the large data set',
  async run(ctx) {
    const data = await largeDataset(ctx);
    const year = Number(new Date(data.now.getTime() + 7 * 3_600_000).toISOString().slice(0, 4));
    const from = `${year}-01-01T00:00:00+07:00`;
    const to = `${year + 1}-01-01T00:00:00+07:00`;
    const client = await connect(ctx.databaseUrl);
    const app = await startApp(ctx, 'api', { port: PORT, env: { LOG_LEVEL: 'warn' } });
    try {
      const token = await login(PORT);
      const period = `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
      const get = (path: string) => () => httpGet(PORT, path, token);
      const bare = () => bareCount(client, from, to);
      const handling = await median(get(`/api/v1/reports/handling?${period}&groupBy=procedure`));
      const bareMs = await median(bare);
      const indicators = await median(get(`/api/v1/reports/indicators?${period}`));
      const bareAgainMs = await median(bare);
      const touched = await countTouched(client, from, to);
      ctx.log(
        `report: ${touched.toLocaleString('en-US')} dossiers in ${year}; handling ${handling} ms, indicators ${indicators} ms, bare ${bareMs}/${bareAgainMs} ms`,
      );
      const base = Math.min(bareMs, bareAgainMs);
      const size = data.size.toLocaleString('en-US');
      const common = {
        unit: 'ms',
        baseline: base,
        baselineName: 'SELECT procedure_code, count(*) … GROUP BY over the same rows',
        higherIsBetter: false,
      };
      const figures: Figure[] = [
        {
          ...common,
          id: 'report.handling',
          title: `form 06 handling report by procedure, year ${year}, ${size} dossiers`,
          ours: handling,
          note: `GET /reports/handling?groupBy=procedure over HTTP, median of ${RUNS}; ${touched.toLocaleString('en-US')} dossiers in the period`,
        },
        {
          ...common,
          id: 'report.indicators',
          title: `Decision 766 indicators, year ${year}, ${size} dossiers`,
          ours: indicators,
          note: `GET /reports/indicators over HTTP, median of ${RUNS} (includes the per-procedure working-time average)`,
        },
      ];
      return figures;
    } finally {
      await app.stop();
      await client.end();
    }
  },
};

export async function median(run: () => Promise<unknown>): Promise<number> {
  await run(); // warm-up: plans cached, pages in memory
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return Math.round(times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]);
}

export async function login(port: number): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: SUPERVISOR, password: 'motcua' }),
  });
  if (!res.ok) throw new Error(`report: login as ${SUPERVISOR}: ${res.status}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

export async function httpGet(port: number, path: string, token: string): Promise<unknown> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!res.ok) throw new Error(`report: GET ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

// The dossiers the report reads: complete receipts received before the end and not finished before the start.
const TOUCHED = `clock_started_at IS NOT NULL AND received_at < $2 AND (finished_at IS NULL OR finished_at >= $1)`;

async function bareCount(client: Client, from: string, to: string): Promise<void> {
  await client.query(
    `SELECT procedure_code, count(*) FROM dossier WHERE ${TOUCHED} GROUP BY procedure_code`,
    [from, to],
  );
}

async function countTouched(client: Client, from: string, to: string): Promise<number> {
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM dossier WHERE ${TOUCHED}`, [
    from,
    to,
  ]);
  return Number(rows[0].n);
}
