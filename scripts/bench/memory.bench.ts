// Figure 6: resident size of the api and the worker on the large data set, against the same on an empty database.
import { Redis } from 'ioredis';
import { ensureDatabase, migrate } from '@motcua/common';
import type { BenchContext, Benchmark, Figure } from './bench.types';
import { type RunningApp, startApp } from './large-app';
import { connect, largeDataset } from './large-data';
import { load } from './large-load';

const API_PORT = 3921;
const WORKER_PORT = 3922;

interface Sizes {
  api: number;
  worker: number;
  sweep: string;
}

export const benchmark: Benchmark & { order: number } = {
  id: 'memory',
  order: 6,
  title: 'resident size of api and worker on the large data set',
  async run(ctx) {
    const data = await largeDataset(ctx);
    const emptyUrl = await emptyDatabase(ctx.databaseUrl);
    const empty = await measure(ctx, emptyUrl, ctx.quick ? 3 : 5);
    const large = await measure(ctx, ctx.databaseUrl, ctx.quick ? 3 : 5);
    const size = data.size.toLocaleString('en-US');
    const figures: Figure[] = [
      {
        id: 'memory.api',
        title: `api resident size after serving inbox, reads and lookups, ${size} dossiers`,
        unit: 'MiB',
        ours: Math.round(large.api),
        baseline: Math.round(empty.api),
        baselineName: 'the same api after the same requests on an empty database',
        higherIsBetter: false,
      },
      {
        id: 'memory.worker',
        title: `worker resident size after its start-up sweep, ${size} dossiers`,
        unit: 'MiB',
        ours: Math.round(large.worker),
        baseline: Math.round(empty.worker),
        baselineName: 'the same worker after its start-up sweep on an empty database',
        higherIsBetter: false,
        note: `start-up sweep (the passed instants; every running dossier recomputed only on a calendar not yet planned on): ${large.sweep}`,
      },
    ];
    return figures;
  },
};

/** `<bench database>_empty`, migrated and without a dossier. */
async function emptyDatabase(url: string): Promise<string> {
  const target = new URL(url);
  target.pathname = `${target.pathname}_empty`;
  const emptyUrl = target.toString();
  await ensureDatabase(emptyUrl);
  const client = await connect(emptyUrl);
  try {
    await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
  } finally {
    await client.end();
  }
  await migrate(emptyUrl);
  return emptyUrl;
}

async function measure(ctx: BenchContext, databaseUrl: string, seconds: number): Promise<Sizes> {
  await flushRedis(ctx.redisUrl);
  const apps: RunningApp[] = [];
  try {
    const worker = await startApp(ctx, 'worker', {
      databaseUrl,
      port: WORKER_PORT,
      env: { DEADLINE_SWEEP_MS: '3600000', INTAKE_RECONCILE_MS: '3600000' },
    });
    apps.push(worker);
    const line = await worker.waitForLog(/deadline sweep: \d+ dossiers in \d+ ms/, 900_000);
    const sweep = /deadline sweep: (\d+ dossiers in \d+ ms)/.exec(line)?.[1] ?? 'unknown';
    const api = await startApp(ctx, 'api', {
      databaseUrl,
      port: API_PORT,
      env: { LOG_LEVEL: 'warn', PUBLIC_RATE_LIMIT: '1000000000' },
    });
    apps.push(api);
    await exercise(api, databaseUrl, seconds);
    await new Promise((r) => setTimeout(r, 2000));
    const sizes = { api: api.rssMiB(), worker: worker.rssMiB(), sweep };
    ctx.log(
      `memory: ${new URL(databaseUrl).pathname.slice(1)}: api ${sizes.api.toFixed(0)} MiB, worker ${sizes.worker.toFixed(0)} MiB (sweep: ${sweep})`,
    );
    return sizes;
  } finally {
    for (const app of apps.reverse()) await app.stop();
  }
}

/** The api's reads, as in figure 5: an officer's inbox, dossier reads and public lookups (404s on an empty base). */
async function exercise(api: RunningApp, databaseUrl: string, seconds: number): Promise<void> {
  const base = `http://127.0.0.1:${api.port}/api/v1`;
  const login = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'tuphap.xa1', password: 'motcua' }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const headers = { authorization: `Bearer ${accessToken}` };
  const client = await connect(databaseUrl);
  let codes: Array<{ code: string; key: string }>;
  try {
    codes = (
      await client.query<{ code: string; key: string }>(
        `SELECT code, lookup_key AS key FROM dossier WHERE reached_units @> ARRAY['tu-phap-xa'] LIMIT 1000`,
      )
    ).rows;
  } finally {
    await client.end();
  }
  const paths = codes.length ? codes : [{ code: 'none', key: '00000000' }];
  await load(api.port, { paths: ['/api/v1/inbox'], headers }, 10, seconds);
  await load(api.port, { paths: paths.map((c) => `/api/v1/dossiers/${c.code}`), headers }, 10, seconds);
  await load(
    api.port,
    { paths: paths.map((c) => `/api/v1/public/dossiers/${c.code}?key=${c.key}`) },
    10,
    seconds,
  );
}

async function flushRedis(url: string): Promise<void> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    await redis.flushdb();
  } finally {
    redis.disconnect();
  }
}
