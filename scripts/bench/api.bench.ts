// Figure 5: the api under load on the large data set: inbox, dossier read and public lookup against a trivial route.
import type { Benchmark, Figure } from './bench.types';
import { startApp } from './large-app';
import { connect, largeDataset } from './large-data';
import { load, type LoadResult, type LoadTarget } from './large-load';

const PORT = 3917;
const FLOOR_PORT = 3918;
const OFFICER = 'tuphap.xa1';
const OFFICER_UNIT = 'tu-phap-xa';

export const benchmark: Benchmark & { order: number } = {
  id: 'api',
  order: 5,
  title: 'api under load on the large data set',
  async run(ctx) {
    const data = await largeDataset(ctx);
    const seconds = ctx.quick ? 5 : 10;
    const app = await startApp(ctx, 'api', {
      port: PORT,
      // Request logs off for every route alike; the public lookup's per-address limit raised for one address.
      env: { LOG_LEVEL: 'warn', PUBLIC_RATE_LIMIT: '1000000000' },
    });
    const floor = await startApp(ctx, 'inbox-floor', { port: FLOOR_PORT, env: { FLOOR_USER: OFFICER } });
    try {
      const targets = await loadTargets(ctx.databaseUrl, PORT);
      const figures: Figure[] = [];
      for (const connections of [10, 50]) {
        const baseline = await measure(ctx, 'version', app.port, targets.version, connections, seconds);
        for (const name of ['inbox', 'read', 'lookup'] as const) {
          const ours = await measure(ctx, name, app.port, targets[name], connections, seconds);
          figures.push(figure(name, connections, ours, baseline, data.size, targets.inboxSize));
          if (name !== 'inbox') continue;
          const bare = await measure(
            ctx,
            'inbox floor',
            floor.port,
            { paths: ['/inbox'] },
            connections,
            seconds,
          );
          figures.push(floorFigure(connections, ours, bare, data.size));
        }
      }
      ctx.log(`api: ${app.rssMiB().toFixed(0)} MiB resident after the load`);
      return figures;
    } finally {
      await floor.stop();
      await app.stop();
    }
  },
};

const TITLES = {
  inbox: `inbox of an officer (GET /inbox)`,
  read: 'dossier read (GET /dossiers/:code)',
  lookup: 'public lookup (GET /public/dossiers/:code?key=)',
};

function figure(
  name: keyof typeof TITLES,
  connections: number,
  ours: LoadResult,
  baseline: LoadResult,
  size: number,
  inboxSize: number,
): Figure {
  const detail = name === 'inbox' ? `, ${inboxSize} dossiers a page` : '';
  return {
    id: `api.${name}.c${connections}`,
    title: `${TITLES[name]}, ${connections} connections, ${size.toLocaleString('en-US')} dossiers`,
    unit: 'req/s',
    ours: Math.round(ours.requestsPerSecond),
    baseline: Math.round(baseline.requestsPerSecond),
    baselineName: 'GET /version of the same process',
    higherIsBetter: true,
    note: `p50 ${ours.p50} ms, p99 ${ours.p99} ms (baseline p50 ${baseline.p50} ms, p99 ${baseline.p99} ms)${detail}${ours.timeouts ? `, ${ours.timeouts} requests unanswered` : ''}`,
  };
}

/** The inbox against the same page served without the framework (core-inbox-floor.ts): how near its floor it is. */
function floorFigure(connections: number, ours: LoadResult, bare: LoadResult, size: number): Figure {
  return {
    id: `api.inbox-floor.c${connections}`,
    title: `inbox of an officer against its floor, ${connections} connections, ${size.toLocaleString('en-US')} dossiers`,
    unit: 'req/s',
    ours: Math.round(ours.requestsPerSecond),
    baseline: Math.round(bare.requestsPerSecond),
    baselineName:
      'node:http + pg: the same page statement, prepared, its rows as JSON; no login, view or rules',
    higherIsBetter: true,
    note: `floor p50 ${bare.p50} ms, p99 ${bare.p99} ms`,
  };
}

async function measure(
  ctx: { log(message: string): void },
  name: string,
  port: number,
  target: LoadTarget,
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  await settled(port);
  await load(port, target, Math.min(connections, 10), 1); // warm-up: compiled code paths, pooled connections
  await settled(port);
  const result = await load(port, target, connections, seconds);
  ctx.log(
    `api: ${name} c=${connections}: ${Math.round(result.requestsPerSecond)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.requests} requests, ${result.timeouts} timed out`,
  );
  if (result.errors > 0 || result.requests === 0)
    throw new Error(`api: ${name}: ${result.errors} failed requests of ${result.requests}`);
  return result;
}

/** Waits for the requests a previous load left queued to drain: the trivial route answers at once again. */
async function settled(port: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const started = performance.now();
    await fetch(`http://127.0.0.1:${port}/api/v1/version`);
    if (performance.now() - started < 50) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

interface Targets {
  version: LoadTarget;
  inbox: LoadTarget;
  read: LoadTarget;
  lookup: LoadTarget;
  inboxSize: number;
}

/** Paths for each route: dossiers the officer may read, and dossiers with the lookup key their applicant was given. */
async function loadTargets(databaseUrl: string, port: number): Promise<Targets> {
  const base = `http://127.0.0.1:${port}/api/v1`;
  const login = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: OFFICER, password: 'motcua' }),
  });
  if (!login.ok) throw new Error(`api: login as ${OFFICER}: ${login.status}`);
  const { accessToken } = (await login.json()) as { accessToken: string };
  const headers = { authorization: `Bearer ${accessToken}` };
  const inbox = (await (await fetch(`${base}/inbox`, { headers })).json()) as { items: unknown[] };

  const client = await connect(databaseUrl);
  try {
    const readable = await client.query<{ code: string }>(
      `SELECT code FROM dossier TABLESAMPLE SYSTEM (5) WHERE reached_units @> ARRAY[$1]::text[] LIMIT 2000`,
      [OFFICER_UNIT],
    );
    const public_ = await client.query<{ code: string; key: string }>(
      `SELECT code, lookup_key AS key FROM dossier TABLESAMPLE SYSTEM (5) LIMIT 2000`,
    );
    return {
      version: { paths: ['/api/v1/version'] },
      inbox: { paths: ['/api/v1/inbox'], headers },
      read: { paths: readable.rows.map((r) => `/api/v1/dossiers/${r.code}`), headers },
      lookup: {
        paths: public_.rows.map((r) => `/api/v1/public/dossiers/${r.code}?key=${r.key}`),
      },
      inboxSize: inbox.items.length,
    };
  } finally {
    await client.end();
  }
}
