/**
 * The figures behind docs/deployment.md's sizing, on this machine: intake (reception to machine started) and
 * officers' actions per second with 1 api + 1 worker and with 2 apis + 3 workers, the connections each process
 * holds, Redis memory per job kept and at its peak, and PostgreSQL bytes per row and rows per dossier.
 * `node -r @swc-node/register test/faults/sizing.ts [received] [walked] [1x1,2x3]` (apis x workers), on private
 * servers as the fault runs (FAULTS_PORT_BASE confines their ports). Prints figures; asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { ageRunningDossiers, query } from './support/database';
import { pendingWork } from './support/delivery.checks';
import { QUEUE_NAMES, type QueueName, queuePrefix } from '../../libs/queue/src/queue-names.types';
import { FaultRun } from './support/fault-run';
import { plan, runPlans } from './support/load';
import { type PrivateRedis, startPrivateRedis } from './support/private-servers';
import { receiveOnly } from './support/receive';
import { sleep, waitFor } from './support/wait';

const RECEIVED = Number(process.argv[2] ?? 600);
const WALKED = Number(process.argv[3] ?? 120);
/** `1x1,2x3`: apis x workers of each run. */
const TOPOLOGIES = (process.argv[4] ?? '1x1,2x3').split(',').map((t) => t.split('x').map(Number));
const AGED = 100;
const CONCURRENCY = 12;

interface TableSize {
  table: string;
  rows: number;
  bytes: number;
}

async function tableSizes(url: string): Promise<Map<string, TableSize>> {
  const tables = await query<{ table: string; bytes: string }>(
    url,
    `SELECT c.relname AS table, pg_total_relation_size(c.oid) AS bytes FROM pg_class c
     JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
  );
  const sizes = new Map<string, TableSize>();
  for (const { table, bytes } of tables) {
    const [{ n }] = await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM "${table}"`);
    sizes.set(table, { table, rows: n, bytes: Number(bytes) });
  }
  return sizes;
}

/** Established TCP connections to `port`, by the pid of the process that holds them (ss -tnp). */
function connectionsByPid(port: number): Map<number, number> {
  const out = execFileSync('ss', ['-tnpH', 'state', 'established', `( dport = :${port} )`], {
    encoding: 'utf8',
  });
  const counts = new Map<number, number>();
  for (const match of out.matchAll(/pid=(\d+)/g)) {
    const pid = Number(match[1]);
    counts.set(pid, (counts.get(pid) ?? 0) + 1);
  }
  return counts;
}

const portOf = (url: string): number => Number(new URL(url).port);

/** The jobs Redis holds for `queue`, in every state (completed ones are kept a day). */
function jobsIn(port: number, queue: QueueName): number {
  const count = (command: string, state: string) =>
    Number(
      execFileSync('redis-cli', ['-p', String(port), command, `${queuePrefix(queue)}:${queue}:${state}`], {
        encoding: 'utf8',
      }),
    );
  return (
    count('LLEN', 'wait') +
    count('LLEN', 'active') +
    count('ZCARD', 'delayed') +
    count('ZCARD', 'prioritized') +
    count('ZCARD', 'completed') +
    count('ZCARD', 'failed')
  );
}

/** The most connections each process of `run` held to PostgreSQL and to Redis, sampled every second until `stop`. */
function sampleConnections(run: FaultRun, stop: AbortSignal): Promise<Record<string, string>> {
  const most = new Map<string, { pg: number; redis: number }>();
  return (async () => {
    while (!stop.aborted) {
      const pg = connectionsByPid(portOf(run.databaseUrl));
      const redis = connectionsByPid(portOf(run.redis!.url));
      for (const service of [...run.apis, ...run.workers]) {
        const pid = service.child.pid!;
        const seen = most.get(service.name) ?? { pg: 0, redis: 0 };
        most.set(service.name, {
          pg: Math.max(seen.pg, pg.get(pid) ?? 0),
          redis: Math.max(seen.redis, redis.get(pid) ?? 0),
        });
      }
      await sleep(1000);
    }
    return Object.fromEntries([...most].map(([name, c]) => [name, `${c.pg} pg, ${c.redis} redis`]));
  })();
}

async function measure(apis: number, workers: number) {
  let redis!: PrivateRedis;
  const run = await FaultRun.start(`sizing_${apis}_${workers}`, {
    apis,
    workers,
    redis: async () => (redis = await startPrivateRedis()),
  });
  try {
    const url = run.databaseUrl;
    const before = await tableSizes(url);
    const redisBefore = redis.memory().used;
    const over = new AbortController();
    const connections = sampleConnections(run, over.signal);

    // Intake: receptions from 12 clients; the clock stops when the last machine has started.
    const intakeStart = Date.now();
    await receiveOnly(run.load, plan(run.load, 'sizing-received', RECEIVED), CONCURRENCY);
    const receivedIn = (Date.now() - intakeStart) / 1000;
    await waitFor(
      async () =>
        (
          await query<{ n: number }>(url, "SELECT count(*)::int AS n FROM dossier WHERE status = 'accepted'")
        )[0].n === 0,
      { what: 'every intake', timeout: 600_000, interval: 100 },
    );
    const intakeIn = (Date.now() - intakeStart) / 1000;

    // Officers' actions: dossiers walked through their procedures by 12 clients at once.
    const walkStart = Date.now();
    const outcomes = await runPlans(run.load, plan(run.load, 'sizing-walked', WALKED), CONCURRENCY);
    const walkedIn = (Date.now() - walkStart) / 1000;
    const actions = outcomes.reduce((n, o) => n + o.actions.length, 0);
    const failed = outcomes.filter((o) => o.error).length;

    // Late dossiers: flags, escalations and notifications, as a year has them.
    const aged = await ageRunningDossiers(url, AGED);
    await sleep(15_000);
    await waitFor(async () => Object.values(await pendingWork(url)).every((n) => n === 0), {
      what: 'the run to settle',
      timeout: 300_000,
      interval: 1000,
    });
    over.abort();
    const after = await tableSizes(url);
    const memory = redis.memory();
    const redisKeys = execFileSync('redis-cli', ['-p', String(portOf(redis.url)), 'DBSIZE'], {
      encoding: 'utf8',
    }).trim();
    const jobs = QUEUE_NAMES.reduce((n, queue) => n + jobsIn(portOf(redis.url), queue), 0);
    const walkedCodes = outcomes.filter((o) => o.code && !o.error).map((o) => o.code!);
    const [perWalked] = await query<{
      events: string;
      portal: string;
      notifications: string;
      outbox: string;
      finished: number;
    }>(
      url,
      `SELECT avg((SELECT count(*) FROM dossier_event e WHERE e.dossier_id = d.id)) AS events,
              avg((SELECT count(*) FROM portal_sync_message m WHERE m.dossier_id = d.id)) AS portal,
              avg((SELECT count(*) FROM notification n WHERE n.dossier_id = d.id)) AS notifications,
              avg((SELECT count(*) FROM outbox o WHERE o.payload->>'dossierId' = d.id::text)) AS outbox,
              count(*) FILTER (WHERE d.status IN ('done', 'refused', 'withdrawn', 'stopped'))::int AS finished
       FROM dossier d WHERE d.code = ANY($1)`,
      [walkedCodes],
    );
    const dossiers = after.get('dossier')!.rows;
    return {
      topology: `${apis} api + ${workers} worker`,
      intake: {
        dossiers: RECEIVED,
        perSecond: +(RECEIVED / intakeIn).toFixed(1),
        receptionsPerSecond: +(RECEIVED / receivedIn).toFixed(1),
        seconds: +intakeIn.toFixed(1),
      },
      actions: {
        dossiers: WALKED,
        failed,
        actions,
        perSecond: +(actions / walkedIn).toFixed(1),
        seconds: +walkedIn.toFixed(1),
      },
      connections: await connections,
      redis: {
        usedBefore: redisBefore,
        usedAfter: memory.used,
        peak: memory.peak,
        keys: Number(redisKeys),
        jobsKept: jobs,
        bytesPerJobKept: jobs > 0 ? Math.round((memory.used - redisBefore) / jobs) : null,
      },
      postgres: {
        dossiers,
        aged: aged.length,
        walked: { ...perWalked, dossiers: walkedCodes.length },
        tables: [...after.values()]
          .map((t) => {
            const rows = t.rows - (before.get(t.table)?.rows ?? 0);
            const bytes = t.bytes - (before.get(t.table)?.bytes ?? 0);
            return {
              table: t.table,
              rows,
              bytes,
              rowsPerDossier: +(rows / dossiers).toFixed(2),
              bytesPerRow: rows > 0 ? Math.round(bytes / rows) : null,
            };
          })
          .filter((t) => t.rows > 0),
        totalBytesPerDossier: Math.round(
          [...after.values()].reduce((n, t) => n + t.bytes - (before.get(t.table)?.bytes ?? 0), 0) / dossiers,
        ),
      },
    };
  } finally {
    await run.stop();
  }
}

async function main(): Promise<void> {
  const figures = [];
  for (const [apis, workers] of TOPOLOGIES) {
    const result = await measure(apis, workers);
    console.log(JSON.stringify(result, null, 2));
    figures.push(result);
  }
  console.log(
    JSON.stringify(
      figures.map((f) => ({
        topology: f.topology,
        intake: f.intake.perSecond,
        actions: f.actions.perSecond,
      })),
    ),
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
