// Figure 8: the yearly reports read on a streaming replica, against the same reports read on its primary, both while
// a steady write load runs on the primary.
import type { Client } from 'pg';
import { startReplicaPair } from '../../test/support/replica';
import type { Benchmark, Figure } from './bench.types';
import { startApp } from './large-app';
import { connect, largeDataset } from './large-data';
import { httpGet, login, median } from './report.bench';

// A primary and its standby of the bench's own, and an api on each reading side: ports set aside for this.
const PAIR_FROM = 57230;
const PRIMARY_API = 57241;
const REPLICA_API = 57242;
const WRITES_PER_S = 50;

interface ReadFrom {
  server: 'primary' | 'replica';
  lagSeconds: number;
}

/**
 * One UPDATE of a running dossier's `last_activity_at` every 1/rate s on the primary (WAL that the standby replays
 * while the reports read it), each write's time recorded under the phase it ran in.
 */
function writeLoad(client: Client, ids: string[], rate: number) {
  const times = new Map<string, number[]>();
  let phase = 'idle';
  let running = true;
  let n = 0;
  const done = (async () => {
    const started = performance.now();
    while (running) {
      const t = performance.now();
      await client.query('UPDATE dossier SET last_activity_at = now() WHERE id = $1', [ids[n % ids.length]]);
      const list = times.get(phase) ?? [];
      list.push(performance.now() - t);
      times.set(phase, list);
      n++;
      const wait = started + (n * 1000) / rate - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
  })();
  const pct = (list: number[], p: number) =>
    list.length ? [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(list.length * p))] : 0;
  return {
    set: (name: string) => (phase = name),
    /** p50 and p99 of the writes in a phase, ms. */
    latency: (name: string) => {
      const list = times.get(name) ?? [];
      return { n: list.length, p50: pct(list, 0.5).toFixed(1), p99: pct(list, 0.99).toFixed(1) };
    },
    async stop() {
      running = false;
      await done;
      return n;
    },
  };
}

export const benchmark: Benchmark & { order: number } = {
  id: 'replica',
  order: 8,
  title: 'yearly reports on a streaming replica vs on its primary, under writes',
  async run(ctx) {
    const pair = await startReplicaPair(PAIR_FROM);
    const apps: Array<{ stop(): Promise<void> }> = [];
    let client: Client | undefined;
    let writer: Client | undefined;
    try {
      const local = { ...ctx, databaseUrl: pair.primaryUrl('motcua_bench_replica') };
      const data = await largeDataset(local);
      const replayStarted = performance.now();
      await pair.caughtUp();
      const replayS = (performance.now() - replayStarted) / 1000;
      ctx.log(`replica: standby caught up ${replayS.toFixed(1)} s after the data set was written`);

      const year = Number(new Date(data.now.getTime() + 7 * 3_600_000).toISOString().slice(0, 4));
      const period = `from=${encodeURIComponent(`${year}-01-01T00:00:00+07:00`)}&to=${encodeURIComponent(`${year + 1}-01-01T00:00:00+07:00`)}`;
      const env = { LOG_LEVEL: 'warn' };
      const primaryApi = await startApp(local, 'api', { port: PRIMARY_API, env });
      apps.push(primaryApi);
      const replicaApi = await startApp(local, 'api', {
        port: REPLICA_API,
        env: {
          ...env,
          DATABASE_REPLICA_URL: pair.replicaUrl('motcua_bench_replica'),
          REPLICA_MAX_LAG_S: '60',
        },
      });
      apps.push(replicaApi);
      const tokens: Record<number, string> = {
        [PRIMARY_API]: await login(PRIMARY_API),
        [REPLICA_API]: await login(REPLICA_API),
      };

      client = await connect(local.databaseUrl);
      writer = await connect(local.databaseUrl);
      const { rows } = await client.query<{ id: string }>(
        'SELECT id FROM dossier WHERE finished_at IS NULL ORDER BY id LIMIT 5000',
      );
      const load = writeLoad(
        writer,
        rows.map((r) => r.id),
        WRITES_PER_S,
      );
      const served: ReadFrom[] = [];
      const read = (port: number, path: string) => async () => {
        const body = (await httpGet(port, `/api/v1/reports/${path}?${period}`, tokens[port])) as {
          readFrom: ReadFrom;
        };
        if (port === REPLICA_API) served.push(body.readFrom);
      };
      const measure = async (name: string, port: number, path: string) => {
        load.set(name);
        return median(read(port, path));
      };
      const handlingPrimary = await measure('handling-primary', PRIMARY_API, 'handling');
      const handlingReplica = await measure('handling-replica', REPLICA_API, 'handling');
      const indicatorsPrimary = await measure('indicators-primary', PRIMARY_API, 'indicators');
      const indicatorsReplica = await measure('indicators-replica', REPLICA_API, 'indicators');
      load.set('idle');
      const writes = await load.stop();

      const onReplica = served.filter((s) => s.server === 'replica').length;
      const maxLag = Math.max(0, ...served.map((s) => s.lagSeconds));
      const w = (phase: string) => {
        const l = load.latency(phase);
        return `${l.p50}/${l.p99} ms`;
      };
      ctx.log(
        `replica: handling ${handlingReplica} ms on the replica, ${handlingPrimary} ms on the primary; indicators ${indicatorsReplica} / ${indicatorsPrimary} ms; ${onReplica}/${served.length} replica answers read there, lag ≤ ${maxLag} s; ${writes} writes, p50/p99 while handling read the primary ${w('handling-primary')}, the replica ${w('handling-replica')}; indicators ${w('indicators-primary')} / ${w('indicators-replica')}`,
      );
      const size = data.size.toLocaleString('en-US');
      const common = {
        unit: 'ms',
        baselineName: 'the same request to an api reading the primary',
        higherIsBetter: false,
      };
      const load$ = `${WRITES_PER_S} UPDATEs/s on the primary throughout (write p50/p99 while the reports read the primary ${w('PHASE-primary')}, the replica ${w('PHASE-replica')})`;
      const figures: Figure[] = [
        {
          ...common,
          id: 'replica.handling',
          title: `form 06 handling report by unit on a streaming replica, year ${year}, ${size} dossiers`,
          ours: handlingReplica,
          baseline: handlingPrimary,
          note: `median of 5 over HTTP; ${onReplica}/${served.length} answers read on the replica, lag ≤ ${maxLag} s; ${load$.replace(/PHASE/g, 'handling')}; standby caught up ${replayS.toFixed(0)} s after the data set was written; primary and standby on this machine`,
        },
        {
          ...common,
          id: 'replica.indicators',
          title: `Decision 766 indicators on a streaming replica, year ${year}, ${size} dossiers`,
          ours: indicatorsReplica,
          baseline: indicatorsPrimary,
          note: `median of 5 over HTTP; ${load$.replace(/PHASE/g, 'indicators')}`,
        },
      ];
      return figures;
    } finally {
      for (const app of apps.reverse()) await app.stop();
      await client?.end();
      await writer?.end();
      pair.stop();
    }
  },
};
