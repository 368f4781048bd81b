import {
  type BackendFactory,
  createPostgresBackend,
  createRedisBackend,
  isPgPool,
  type PgPool,
  type PostgresConnectionOptions,
  runMigrations,
  setDefaultBackendFactory,
} from 'bullmq';
import { Pool } from 'pg';
import type { EnvData, RedisClient } from '@motcua/common';

/** The schema of BullMQ's own tables with QUEUE_BACKEND=postgres, beside the application's `public`. */
export const QUEUE_SCHEMA = 'bullmq';
/** Connections of one process's queue pool: a LISTEN client per worker (five) and the queries of the jobs. */
export const QUEUE_POOL_SIZE = 20;

/** BullMQ's PostgreSQL backend given a configuration: the queue or worker owns a pool of its own. */
export interface PostgresQueueOptions {
  connectionString: string;
  schema: string;
  max: number;
  /** Runs BullMQ's migrations first (a no-op once they are applied). */
  migrate: true;
}

/**
 * What the queues and workers of a process connect with: RedisModule's shared client (a Cluster client on a cluster,
 * which BullMQ takes only as an instance), or PostgreSQL (one pool for all).
 */
export type QueueConnection = RedisClient | PgPool | PostgresQueueOptions;

const isPostgres = (connection: unknown): connection is PgPool | PostgresQueueOptions =>
  isPgPool(connection) ||
  (typeof connection === 'object' && connection !== null && 'connectionString' in connection);

/**
 * BullMQ's backend chosen by the connection each Queue or Worker is given: a pg pool is the PostgreSQL backend,
 * anything else Redis, as before. Installed as BullMQ's default, so @nestjs/bullmq (which builds queues and
 * workers without a backend argument) and every other Queue of the process follow their connection.
 */
export const queueBackendFactory: BackendFactory = (name, opts, options) =>
  isPostgres(opts.connection)
    ? createPostgresBackend(name, { ...opts, connection: opts.connection as PostgresConnectionOptions }, options)
    : createRedisBackend(name, opts, options);

/**
 * The pool of BullMQ's PostgreSQL backend on `databaseUrl`, its tables created or upgraded first (BullMQ's own
 * migrations, serialized across processes by an advisory lock). Its connections resolve unqualified names in
 * QUEUE_SCHEMA. The caller ends the pool once its queues and workers are closed.
 */
export async function postgresQueuePool(databaseUrl: string, max = QUEUE_POOL_SIZE): Promise<Pool> {
  setDefaultBackendFactory(queueBackendFactory);
  const pool = new Pool({ connectionString: databaseUrl, max, options: `-c search_path=${QUEUE_SCHEMA}` });
  const client = await pool.connect();
  try {
    await runMigrations(client, QUEUE_SCHEMA);
  } finally {
    client.release();
  }
  return pool;
}

/** A queue or worker of its own on BullMQ's PostgreSQL backend (scripts and tests); closing it ends its pool. */
export function postgresQueueOptions(databaseUrl: string, max = 2): PostgresQueueOptions {
  setDefaultBackendFactory(queueBackendFactory);
  return { connectionString: databaseUrl, schema: QUEUE_SCHEMA, max, migrate: true };
}

/**
 * The connection of the configured backend: RedisModule's shared client (queues and workers share it for their
 * commands, each worker blocks on a duplicate of its own; RedisModule closes it after the workers), or with
 * QUEUE_BACKEND=postgres the pool on DATABASE_URL.
 */
export async function queueConnection(env: EnvData, redis: RedisClient | null): Promise<QueueConnection> {
  return env.redis && redis ? redis : postgresQueuePool(env.database.url);
}

/** Ends the pool of a PostgreSQL connection; the Redis client belongs to RedisModule. */
export async function closeQueueConnection(connection: QueueConnection): Promise<void> {
  if (isPgPool(connection)) await connection.end();
}
