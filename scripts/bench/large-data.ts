import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { toVietnamIso } from '@motcua/calendar';
import {
  type Catalog,
  loadCatalog,
  ProcedureVersionEntity,
  ProcedureVersionRepository,
} from '@motcua/catalog';
import { databaseOptions, ensureDatabase, migrate } from '@motcua/common';
import { plannedOn } from '@motcua/dossier';
import { agencyIdOf } from '@motcua/engine';
import type { BenchContext } from './bench.types';
import { CopyWriter } from './large-copy';
import { COLUMNS, type RowBatch } from './large-rows';

// Bump when the generated rows change shape: a data set written by another generator is rebuilt.
const GENERATOR = 7;
const SEED = 20_261_121;
// A data set older than this is rebuilt: which dossiers are overdue depends on the time it was made for.
const MAX_AGE_MS = 6 * 3_600_000;

export interface LargeDataset {
  size: number;
  /** The instant the data set was generated for (its overdue share is measured against it). */
  now: Date;
  /** Seconds the generation took (0 when an existing data set was re-used). */
  seconds: number;
  reused: boolean;
}

const cache = new Map<string, Promise<LargeDataset>>();

/**
 * The large data set in ctx.databaseUrl: generated once per run and size, re-used while fresh. `at` pins the instant
 * it is generated for (a test's data set is then the same on every run and re-used only when made for that instant).
 */
export function largeDataset(ctx: BenchContext, at?: Date): Promise<LargeDataset> {
  const key = `${ctx.databaseUrl}#${ctx.largeSize}#${at?.toISOString() ?? ''}`;
  let found = cache.get(key);
  if (!found) {
    found = prepare(ctx, at);
    cache.set(key, found);
  }
  return found;
}

export async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

async function prepare(ctx: BenchContext, at: Date | undefined): Promise<LargeDataset> {
  await ensureDatabase(ctx.databaseUrl);
  const client = await connect(ctx.databaseUrl);
  try {
    const existing = await marker(client);
    if (
      existing &&
      existing.size === ctx.largeSize &&
      existing.generator === GENERATOR &&
      (at ? existing.now.getTime() === at.getTime() : Date.now() - existing.now.getTime() < MAX_AGE_MS)
    ) {
      ctx.log(
        `large data set: re-using ${existing.size.toLocaleString('en-US')} dossiers of ${existing.now.toISOString()}`,
      );
      return { size: existing.size, now: existing.now, seconds: 0, reused: true };
    }
  } finally {
    await client.end();
  }
  return generate(ctx, at ?? new Date());
}

async function marker(client: Client): Promise<{ size: number; generator: number; now: Date } | null> {
  const { rows } = await client
    .query<{ size: number; generator: number; now: Date }>(
      `SELECT size, generator, generated_for AS now FROM bench_large_dataset WHERE to_regclass('bench_large_dataset') IS NOT NULL`,
    )
    .catch(() => ({ rows: [] }));
  return rows[0] ?? null;
}

async function generate(ctx: BenchContext, now: Date): Promise<LargeDataset> {
  const started = performance.now();
  ctx.log(`large data set: generating ${ctx.largeSize.toLocaleString('en-US')} dossiers`);
  const admin = await connect(ctx.databaseUrl);
  try {
    await admin.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
  } finally {
    await admin.end();
  }
  await migrate(ctx.databaseUrl);
  ctx.log(`large data set: schema migrated (${seconds(started)} s)`);
  const { catalog } = loadCatalog('workflows');
  if (!catalog) throw new Error('bench: the workflow files do not load');
  const procedures = await recordProcedures(ctx.databaseUrl, catalog, now);

  const clients = await Promise.all([0, 1, 2, 3].map(() => connect(ctx.databaseUrl)));
  try {
    for (const c of clients)
      await c.query(`SET session_replication_role = replica; SET synchronous_commit = off`);
    const indexes = await dropIndexes(clients[0]);
    await write(ctx, catalog, procedures, clients, now);
    ctx.log(`large data set: rows written in ${seconds(started)} s; building ${indexes.length} indexes`);
    await clients[0].query(`SET maintenance_work_mem = '512MB'`);
    for (const sql of indexes) await clients[0].query(sql);
    await clients[0].query(
      `SELECT setval('dossier_flag_id_seq', (SELECT coalesce(max(id), 1) FROM dossier_flag))`,
    );
    await clients[0].query(
      `INSERT INTO dossier_sequence (agency_id, day, last)
       SELECT split_part(code, '-', 1), to_date(split_part(code, '-', 2), 'YYMMDD'), max(split_part(code, '-', 3)::int)
         FROM dossier GROUP BY 1, 2`,
    );
    ctx.log(`large data set: indexes built at ${seconds(started)} s; vacuum and analyze`);
    await clients[0].query('VACUUM ANALYZE');
    // Every running dossier's instants were planned on this calendar, as a worker's start-up pass records it.
    await clients[0].query(`INSERT INTO deadline_pass (calendar, completed_at) VALUES ($1, $2)`, [
      plannedOn(catalog.calendar),
      now,
    ]);
    await clients[0].query(
      `CREATE TABLE bench_large_dataset (size integer NOT NULL, generator integer NOT NULL, generated_for timestamptz NOT NULL);
       INSERT INTO bench_large_dataset VALUES (${ctx.largeSize}, ${GENERATOR}, '${now.toISOString()}')`,
    );
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
  const took = Number(seconds(started));
  ctx.log(`large data set: ${ctx.largeSize.toLocaleString('en-US')} dossiers ready in ${took} s`);
  return { size: ctx.largeSize, now, seconds: took, reused: false };
}

const seconds = (since: number): string => ((performance.now() - since) / 1000).toFixed(1);

interface RecordedProcedure {
  code: string;
  versionId: string;
  agencyId: string;
}

/** The shipped procedures recorded as revisions, as the processes record them at start. */
async function recordProcedures(url: string, catalog: Catalog, now: Date): Promise<RecordedProcedure[]> {
  const dataSource = await new DataSource({
    ...databaseOptions(url),
    entities: [ProcedureVersionEntity],
  }).initialize();
  try {
    const versions = await new ProcedureVersionRepository(dataSource).sync(catalog.procedures, now);
    return catalog.procedures.map(({ definition }, i) => ({
      code: definition.code,
      versionId: versions[i].id,
      agencyId: agencyIdOf(catalog.org, definition.steps[0].owner.unit) ?? 'unknown',
    }));
  } finally {
    await dataSource.destroy();
  }
}

// Unique keys whose entries arrive in random order (dossier ids are random): cheaper built once at the end.
const LATE_CONSTRAINTS = [
  'dossier_event_version_key',
  'dossier_flag_subject_key',
  'escalation_flag_level_key',
];

/**
 * Secondary indexes of the tables written, and the unique keys above: dropped while COPY runs, rebuilt after
 * from their own definitions. Returns the statements that rebuild them.
 */
async function dropIndexes(client: Client): Promise<string[]> {
  const { rows: constraints } = await client.query<{ name: string; table: string; sql: string }>(
    `SELECT conname AS name, conrelid::regclass::text AS table, pg_get_constraintdef(oid) AS sql
       FROM pg_constraint WHERE conname = ANY($1)`,
    [LATE_CONSTRAINTS],
  );
  const { rows: indexes } = await client.query<{ name: string; sql: string }>(
    `SELECT indexname AS name, indexdef AS sql FROM pg_indexes
      WHERE schemaname = 'public'
        AND tablename IN ('dossier', 'dossier_event', 'dossier_pause', 'dossier_flag', 'escalation')
        AND indexname NOT IN (SELECT conname FROM pg_constraint)`,
  );
  for (const c of constraints) await client.query(`ALTER TABLE ${c.table} DROP CONSTRAINT ${c.name}`);
  for (const { name } of indexes) await client.query(`DROP INDEX "${name}"`);
  return [
    ...constraints.map((c) => `ALTER TABLE ${c.table} ADD CONSTRAINT ${c.name} ${c.sql}`),
    ...indexes.map((i) => i.sql),
  ];
}

/**
 * Two worker threads generate half the year each (their own random streams, their own code counters: a day is
 * never split), handing COPY text over in batches; this thread numbers the flags and feeds four COPY streams.
 */
async function write(
  ctx: BenchContext,
  catalog: Catalog,
  procedures: RecordedProcedure[],
  clients: Client[],
  now: Date,
): Promise<void> {
  const dossiers = new CopyWriter(clients[0], 'dossier', COLUMNS.dossier);
  const events = new CopyWriter(clients[1], 'dossier_event', COLUMNS.event);
  const pauses = new CopyWriter(clients[2], 'dossier_pause', COLUMNS.pause);
  const flags = new CopyWriter(clients[3], 'dossier_flag', COLUMNS.flag);
  const days = receptionDays(catalog, now);
  const flagged: Array<[number, string]> = [];
  const started = performance.now();
  let written = 0;
  let chain = Promise.resolve();
  const take = async (rows: RowBatch): Promise<void> => {
    let text = '';
    for (const [dossierId, rest] of rows.flags) {
      const id = flagged.length + 1;
      flagged.push([id, dossierId]);
      text += `${id}\t${rest}`;
    }
    await dossiers.raw(rows.dossiers, rows.count);
    await events.raw(rows.events, rows.eventCount);
    await pauses.raw(rows.pauses, rows.pauseCount);
    await flags.raw(text, rows.flags.length);
    const before = written;
    written += rows.count;
    if (Math.floor(written / 100_000) > Math.floor(before / 100_000))
      ctx.log(`large data set: ${written.toLocaleString('en-US')} dossiers (${seconds(started)} s)`);
  };
  const base = {
    size: ctx.largeSize,
    days,
    dates: days.map((midnight) => toVietnamIso(new Date(midnight)).slice(0, 10)),
    now: now.getTime(),
    versionIds: Object.fromEntries(procedures.map((p) => [p.code, p.versionId])),
    agencyIds: Object.fromEntries(procedures.map((p) => [p.code, p.agencyId])),
  };
  const half = Math.floor(days.length / 2);
  const ranges = [
    { ...base, seed: SEED, firstDay: 0, endDay: half },
    { ...base, seed: SEED + 1, firstDay: half, endDay: days.length },
  ];
  await Promise.all(
    ranges.map(
      (spec) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(join(__dirname, `large-worker${extname(__filename)}`), {
            workerData: spec,
            // A TypeScript worker needs the register hook even when this process got it otherwise (jest's transform).
            ...(extname(__filename) === '.ts' ? { execArgv: ['-r', '@swc-node/register'] } : {}),
          });
          worker.on('error', reject);
          worker.on('message', (message: RowBatch | 'done' | { error: string }) => {
            if (message === 'done') void worker.terminate().then(() => resolve());
            else if ('error' in message) reject(new Error(message.error));
            else {
              chain = chain.then(() => take(message)).then(() => worker.postMessage('more'), reject);
            }
          });
        }),
    ),
  );
  await chain;
  await Promise.all([dossiers.end(), events.end(), pauses.end(), flags.end()]);
  // Each open flag's escalation has run its course (level 3 recorded): the worker has nothing to catch up on.
  const escalations = new CopyWriter(clients[0], 'escalation', COLUMNS.escalation);
  for (const [flagId, dossierId] of flagged) await escalations.row([flagId, dossierId, 3, 1, now]);
  await escalations.end();
  ctx.log(
    `large data set: ${dossiers.rows} dossiers, ${events.rows} events, ${pauses.rows} pauses, ${flags.rows} open flags`,
  );
}

/** Midnight (Vietnam) of every working day of the year before `now`. */
function receptionDays(catalog: Catalog, now: Date): number[] {
  const days: number[] = [];
  const today = Date.parse(`${toVietnamIso(now).slice(0, 10)}T00:00:00+07:00`);
  for (let back = 365; back >= 0; back--) {
    const midnight = today - back * 86_400_000;
    if (catalog.calendar.isWorkingDay(toVietnamIso(new Date(midnight)).slice(0, 10))) days.push(midnight);
  }
  return days;
}
