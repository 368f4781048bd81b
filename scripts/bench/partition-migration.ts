import { Client } from 'pg';
import { migrate, PARTITIONED_TABLES } from '@motcua/common';

/**
 * Times the migration to monthly partitions on the large data set (scripts/bench/large-data.ts, generated at the
 * migration before it) and the longest write it held up: one probe connection per table writes a row every 100 ms
 * throughout and records its slowest write, and a watcher samples every 20 ms whether a probe waits on a lock
 * (pg_stat_activity) and records the longest such wait. Row counts and a checksum of every table before and after, and the
 * year's and a month's apology count (the report's query on dossier_event) before and after.
 *   BENCH_DATABASE_URL=postgres://…/motcua_bench_parts node -r @swc-node/register scripts/bench/partition-migration.ts
 */
const url = process.env.BENCH_DATABASE_URL;
const PROBE_MARK = 1_000_000;

async function connect(): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

// Probe rows are told apart by a version, seq or queue no generated row has, and left out of the checksums.
const REAL: Record<string, string> = {
  dossier_event: `version < ${PROBE_MARK}`,
  outbox: `queue <> 'probe'`,
  portal_sync_message: `seq < ${PROBE_MARK}`,
};

async function fingerprint(client: Client): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const { table } of PARTITIONED_TABLES) {
    const { rows } = await client.query<{ n: string; sum: string }>(
      `SELECT count(*) AS n, sum(hashtextextended(t::text, 0)) AS sum FROM ${table} t WHERE ${REAL[table]}`,
    );
    out[table] = `${rows[0].n} rows, checksum ${rows[0].sum}`;
  }
  return out;
}

async function apologyTimes(client: Client): Promise<string> {
  const { rows } = await client.query<{ from: Date; to: Date }>(
    `SELECT date_trunc('year', max(occurred_at) AT TIME ZONE 'Asia/Ho_Chi_Minh') AT TIME ZONE 'Asia/Ho_Chi_Minh' AS from,
            date_trunc('month', max(occurred_at) AT TIME ZONE 'Asia/Ho_Chi_Minh') AT TIME ZONE 'Asia/Ho_Chi_Minh' AS to
       FROM dossier_event`,
  );
  const year = { from: new Date(rows[0].from.getTime() - 365 * 86_400_000), to: rows[0].to };
  const month = { from: new Date(rows[0].to.getTime() - 31 * 86_400_000), to: rows[0].to };
  const time = async (p: { from: Date; to: Date }, sql: string): Promise<number> => {
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      await client.query(sql, [p.from, p.to]);
      runs.push(performance.now() - t);
    }
    return runs.sort((a, b) => a - b)[2];
  };
  const apologies = `SELECT count(*) FROM dossier_event e JOIN dossier d ON d.id = e.dossier_id
                      WHERE e.action = 'extend' AND e.occurred_at >= $1 AND e.occurred_at < $2`;
  const handedOver = `SELECT count(*), avg(working_minutes) FROM dossier_event
                       WHERE occurred_at >= $1 AND occurred_at < $2 AND timeliness IS NOT NULL`;
  return [
    `apologies: 12 months ${(await time(year, apologies)).toFixed(1)} ms, 1 month ${(await time(month, apologies)).toFixed(1)} ms`,
    `steps timed: 12 months ${(await time(year, handedOver)).toFixed(1)} ms, 1 month ${(await time(month, handedOver)).toFixed(1)} ms`,
  ].join('; ');
}

interface Probe {
  table: string;
  pid: number;
  slowest: number;
  writes: number;
  stop: boolean;
}

/** The longest interval, in ms, any of `pids` was seen waiting on a lock, sampled every 20 ms until `stop()`. */
async function lockWatcher(pids: number[]): Promise<{ stop: () => Promise<number> }> {
  const client = await connect();
  let stopped = false;
  let longest = 0;
  const since = new Map<number, number>();
  const done = (async () => {
    while (!stopped) {
      const { rows } = await client.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND pid = ANY($1)`,
        [pids],
      );
      const now = performance.now();
      const waiting = new Set(rows.map((r) => r.pid));
      for (const pid of pids) {
        if (waiting.has(pid) && !since.has(pid)) since.set(pid, now);
        if (!waiting.has(pid) && since.has(pid)) {
          longest = Math.max(longest, now - since.get(pid)!);
          since.delete(pid);
        }
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    await client.end();
  })();
  return {
    stop: async () => {
      stopped = true;
      await done;
      return longest;
    },
  };
}

async function probe(table: string, dossierId: string): Promise<{ done: Promise<void>; state: Probe }> {
  const client = await connect();
  const [{ pid }] = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows;
  const state: Probe = { table, pid, slowest: 0, writes: 0, stop: false };
  const write: Record<string, (i: number) => Promise<unknown>> = {
    dossier_event: (i) =>
      client.query(
        `INSERT INTO dossier_event (dossier_id, version, action, to_status, occurred_at) VALUES ($1, $2, 'probe', 'received', now())`,
        [dossierId, PROBE_MARK + i],
      ),
    outbox: () =>
      client.query(
        `INSERT INTO outbox (queue, job_name, job_id, payload) VALUES ('probe', 'probe', 'probe', '{}')`,
      ),
    portal_sync_message: (i) =>
      client.query(
        `INSERT INTO portal_sync_message (dossier_id, seq, dossier_version, payload, created_at, status)
         VALUES ($1, $2, 1, '{}', now(), 'delivered')`,
        [dossierId, PROBE_MARK + i],
      ),
  };
  const done = (async () => {
    for (let i = 0; !state.stop; i++) {
      const t = performance.now();
      await write[table](i);
      const took = performance.now() - t;
      state.slowest = Math.max(state.slowest, took);
      state.writes++;
      await new Promise((r) => setTimeout(r, Math.max(0, 100 - took)));
    }
    await client.end();
  })();
  return { done, state };
}

async function main(): Promise<void> {
  if (!url) throw new Error('BENCH_DATABASE_URL is required');
  const client = await connect();
  const log = (m: string) => console.log(`${new Date().toISOString()} ${m}`);
  const [{ id }] = (await client.query<{ id: string }>('SELECT id FROM dossier LIMIT 1')).rows;
  // An earlier run's probe rows
  for (const { table } of PARTITIONED_TABLES)
    await client.query(`DELETE FROM ${table} t WHERE NOT (${REAL[table]})`);
  log(`before: ${JSON.stringify(await fingerprint(client))}`);
  log(`before: ${await apologyTimes(client)}`);
  const probes = await Promise.all(PARTITIONED_TABLES.map(({ table }) => probe(table, id)));
  const watcher = await lockWatcher(probes.map((p) => p.state.pid));
  const started = performance.now();
  const ran = await migrate(url);
  const seconds = (performance.now() - started) / 1000;
  const longestLockWait = await watcher.stop();
  for (const p of probes) p.state.stop = true;
  await Promise.all(probes.map((p) => p.done));
  log(`migrated (${ran.join(', ')}) in ${seconds.toFixed(1)} s`);
  log(`longest wait of a probe on a lock (sampled every 20 ms): ${longestLockWait.toFixed(0)} ms`);
  for (const { state } of probes)
    log(`probe ${state.table}: ${state.writes} writes, slowest ${state.slowest.toFixed(1)} ms`);
  await client.query('ANALYZE dossier_event, outbox, portal_sync_message');
  log(`after: ${JSON.stringify(await fingerprint(client))}`);
  log(`after: ${await apologyTimes(client)}`);
  await client.end();
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
