import { Queue, Worker } from 'bullmq';
import { Pool } from 'pg';
import { redisOptions } from '@motcua/common';
import { DEFAULT_JOB_OPTIONS, postgresQueueOptions } from '@motcua/queue';
import type { BenchBackend } from './core-app';
import { waitUntil } from './core-poll';

const QUEUE = 'bench-raw-intake';
const TABLE = 'bench_core_intake';

/**
 * Plain BullMQ on `backend` (Redis, or its PostgreSQL backend in the bench database): `count` jobs added by `clients` concurrent producers, processed by one worker running
 * `concurrency` jobs at once (the intake's) whose job is one INSERT. Resolves with the milliseconds from the first add to the
 * last row committed.
 */
export async function rawIntake(
  databaseUrl: string,
  redisUrl: string,
  count: number,
  clients: number,
  concurrency: number,
  backend: BenchBackend = 'redis',
) {
  const pool = new Pool({
    connectionString: databaseUrl,
    max: Math.max(4, concurrency),
    application_name: 'motcua-bench',
  });
  await pool.query(`CREATE TABLE IF NOT EXISTS ${TABLE} (id bigserial PRIMARY KEY, n integer NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now())`);
  await pool.query(`TRUNCATE ${TABLE}`);
  const connection = (extra: number) =>
    backend === 'postgres' ? postgresQueueOptions(databaseUrl, extra) : redisOptions(redisUrl);
  const queue = new Queue(QUEUE, { connection: connection(clients), defaultJobOptions: DEFAULT_JOB_OPTIONS });
  const worker = new Worker<{ n: number }>(
    QUEUE,
    async (job) => {
      await pool.query(`INSERT INTO ${TABLE} (n) VALUES ($1)`, [job.data.n]);
    },
    { connection: connection(concurrency + 2), concurrency },
  );
  try {
    await worker.waitUntilReady();
    const started = performance.now();
    let next = 0;
    const produce = async () => {
      for (let n = next++; n < count; n = next++) await queue.add('insert', { n }, { jobId: `raw-${n}` });
    };
    await Promise.all(Array.from({ length: clients }, produce));
    await waitUntil(async () => {
      const { rows } = await pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${TABLE}`);
      return Number(rows[0].n) >= count;
    });
    return performance.now() - started;
  } finally {
    await worker.close();
    await queue.obliterate({ force: true });
    await queue.close();
    await pool.query(`DROP TABLE IF EXISTS ${TABLE}`);
    await pool.end();
  }
}
