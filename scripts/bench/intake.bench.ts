import type { AddressInfo } from 'node:net';
import type { INestApplicationContext } from '@nestjs/common';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { toVietnamIso } from '@motcua/calendar';
import { type Catalog, CATALOG } from '@motcua/catalog';
import { DEFAULT_INTAKE_CONCURRENCY, redisOptions } from '@motcua/common';
import { agencyIdOf } from '@motcua/engine';
import { QUEUE_SCHEMA } from '@motcua/queue';
import { type BenchBackend, listeningApi, QUEUE_BACKENDS, useBenchServices, workerApp } from './core-app';
import { lastOutboxId, receptionBody, removeDossiers } from './core-dossiers';
import { httpIntake, login } from './core-http-intake';
import { rawIntake } from './core-raw-intake';
import type { Benchmark, BenchContext, Figure } from './bench.types';

const PROCEDURE = '2.000908';
const RECEPTION = 'letan.xa';
const CLIENTS = 10;

/** Empties the bench's queues: its Redis index, or BullMQ's tables in the bench database. */
async function flushQueues(ctx: BenchContext, backend: BenchBackend): Promise<void> {
  if (backend === 'postgres') {
    const client = new Client({ connectionString: ctx.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string }>(
        `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables
          WHERE schemaname = $1 AND tablename <> 'migration'`,
        [QUEUE_SCHEMA],
      );
      if (rows.length > 0) await client.query(`TRUNCATE ${rows.map((r) => r.name).join(', ')}`);
    } finally {
      await client.end();
    }
    return;
  }
  const redis = new Redis(redisOptions(ctx.redisUrl));
  try {
    await redis.flushdb();
  } finally {
    redis.disconnect();
  }
}

/**
 * Puts the agency's code counter of the day back to the highest code still present, once the bench's own
 * dossiers are gone, so that runs do not use up the day's 9999 codes.
 */
async function restoreCounter(
  dataSource: DataSource,
  catalog: Catalog,
  unit: string,
  day: Date,
): Promise<void> {
  const agency = agencyIdOf(catalog.org, unit);
  const iso = toVietnamIso(day).slice(0, 10);
  const prefix = `${agency}-${iso.slice(2).replace(/-/g, '')}-`;
  await dataSource.query(
    `UPDATE dossier_sequence SET last = coalesce(
       (SELECT max(right(code, 4)::int) FROM dossier WHERE code LIKE $3 || '%'), 0)
     WHERE agency_id = $1 AND day = $2`,
    [agency, iso, prefix],
  );
}

async function ours(ctx: BenchContext, count: number): Promise<number> {
  const api = await listeningApi(0);
  let worker: INestApplicationContext | undefined;
  const dataSource = api.get(DataSource);
  const catalog = api.get<Catalog>(CATALOG);
  const outboxFrom = await lastOutboxId(dataSource);
  const codes: string[] = [];
  const day = new Date();
  try {
    worker = await workerApp();
    const base = `http://127.0.0.1:${(api.getHttpServer().address() as AddressInfo).port}`;
    const token = await login(base, RECEPTION, process.env.DEMO_PASSWORD ?? 'motcua');
    const body = (n: number) => receptionBody(catalog, PROCEDURE, n);
    const options = { base, token, body, codes, clients: CLIENTS };
    await httpIntake(dataSource, { ...options, count: 20 });
    return await httpIntake(dataSource, { ...options, count, log: (m) => ctx.log(`intake: ${m}`) });
  } finally {
    await worker?.close();
    const ids = (await dataSource.query('SELECT id FROM dossier WHERE code = ANY($1)', [codes])) as Array<{
      id: string;
    }>;
    await removeDossiers(
      dataSource,
      ids.map((r) => r.id),
      outboxFrom,
    );
    await restoreCounter(
      dataSource,
      catalog,
      catalog.org.users.find((u) => u.username === RECEPTION)!.unit,
      day,
    );
    await api.close();
  }
}

/** The figure of one queue backend: the api and worker on it, and raw BullMQ on the same backend. */
async function measure(ctx: BenchContext, backend: BenchBackend): Promise<Figure> {
  await useBenchServices(ctx, backend);
  const count = ctx.quick ? 150 : 800;
  const rawCount = ctx.quick ? 1_500 : 8_000;
  await flushQueues(ctx, backend);
  let oursMs: number;
  try {
    oursMs = await ours(ctx, count);
  } finally {
    await flushQueues(ctx, backend);
  }
  ctx.log(`intake (${backend}): ${count} dossiers started in ${oursMs.toFixed(0)} ms`);
  const rawMs = await rawIntake(
    ctx.databaseUrl,
    ctx.redisUrl,
    rawCount,
    CLIENTS,
    DEFAULT_INTAKE_CONCURRENCY,
    backend,
  );
  ctx.log(`intake (${backend}): ${rawCount} raw jobs in ${rawMs.toFixed(0)} ms`);
  return {
    id: backend === 'redis' ? 'intake.dossiers' : 'intake.dossiers.postgres',
    title: `intake: HTTP POST to machine started, queues on ${backend === 'redis' ? 'Redis' : 'PostgreSQL'}`,
    unit: 'dossiers/s',
    ours: (count * 1000) / oursMs,
    baseline: (rawCount * 1000) / rawMs,
    baselineName: `raw BullMQ on ${backend === 'redis' ? 'Redis' : 'its PostgreSQL backend'}: add, one worker doing one INSERT per job, ${DEFAULT_INTAKE_CONCURRENCY} at once`,
    higherIsBetter: true,
    note:
      `QUEUE_BACKEND=${backend}; ${count} desk receptions of ${PROCEDURE} from ${CLIENTS} concurrent clients, api and worker in one process, ` +
      `until every machine is started (${DEFAULT_INTAKE_CONCURRENCY} intake jobs at once); ${rawCount} raw jobs from ${CLIENTS} concurrent producers`,
  };
}

async function run(ctx: BenchContext): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const backend of QUEUE_BACKENDS) figures.push(await measure(ctx, backend));
  return figures;
}

export const benchmark: Benchmark & { order: number } = {
  id: 'intake',
  title: 'intake: dossiers/s from HTTP POST to machine started against raw BullMQ, on each queue backend',
  order: 3,
  run,
};
