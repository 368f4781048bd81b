import type { INestApplication, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Client } from 'pg';
import { Clock, ensureDatabase, loadEnvironment, migrate } from '@motcua/common';
import { configureApi } from '../../apps/api/src/api.setup';

/** Drops and re-creates the test database's schema, then applies every migration. */
export async function resetDatabase(): Promise<void> {
  const url = loadEnvironment().DATABASE_URL;
  await ensureDatabase(url);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
  } finally {
    await client.end();
  }
  await migrate(url);
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
