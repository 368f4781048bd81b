import type { INestApplication, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Client } from 'pg';
import { Clock, loadEnvironment, migrate } from '@motcua/common';
import { MIGRATIONS } from '../../libs/common/src/database/migrations';
import { configureApi } from '../../apps/api/src/api.config';

/**
 * Empties every table of the test database, as a suite found it when each one re-ran the migrations: the schema is
 * migrated once per run (./global-setup.ts) and no migration inserts rows. A schema behind the migrations (a suite
 * run with another configuration) is migrated first.
 */
export async function resetDatabase(): Promise<void> {
  const url = loadEnvironment().DATABASE_URL;
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const [{ applied }] = (
      await client.query<{ applied: number }>(
        `SELECT CASE WHEN to_regclass('public.migrations') IS NULL THEN 0
                     ELSE (SELECT count(*)::int FROM public.migrations) END AS applied`,
      )
    ).rows;
    if (applied < MIGRATIONS.length) await migrate(url);
    const tables = (
      await client.query<{ name: string }>(
        `SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`,
      )
    ).rows.map((t) => t.name);
    if (tables.length > 0) await client.query(`TRUNCATE ${tables.join(', ')} RESTART IDENTITY CASCADE`);
  } finally {
    await client.end();
  }
}

export async function query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: loadEnvironment().DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * The real api module on the real test database and Redis, as main.ts builds it. Configuration is read once
 * per test file, when the module is first imported: set process.env before the first call.
 */
export async function startApi(options: { clock?: Clock } = {}): Promise<INestApplication> {
  loadEnvironment();
  // Required here, not imported at the top, so its configuration is read now.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ApiModule } = require('../../apps/api/src/api.module') as { ApiModule: Type };
  const builder = Test.createTestingModule({ imports: [ApiModule] });
  if (options.clock) builder.overrideProvider(Clock).useValue(options.clock);
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication({ logger: ['error', 'warn'] });
  configureApi(app);
  try {
    await app.init();
  } catch (error) {
    // A refused start-up (invalid workflow files) must not leave its connections open behind the test.
    await app.close().catch(() => undefined);
    throw error;
  }
  return app;
}

/** The real worker module in this process (queues, outbox relay, processors), with the given clock. */
export async function startWorker(options: { clock?: Clock } = {}): Promise<INestApplication> {
  loadEnvironment();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { WorkerModule } = require('../../apps/worker/src/worker.module') as { WorkerModule: Type };
  const builder = Test.createTestingModule({ imports: [WorkerModule] });
  if (options.clock) builder.overrideProvider(Clock).useValue(options.clock);
  const app = (await builder.compile()).createNestApplication({ logger: ['error', 'warn'] });
  await app.init();
  return app;
}
