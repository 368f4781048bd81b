import type { INestApplication, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Client } from 'pg';
import { ensureDatabase, loadEnvironment, migrate } from '@motcua/common';

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
export async function startApi(): Promise<INestApplication> {
  loadEnvironment();
  // Required here, not imported at the top, so its configuration is read now.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ApiModule } = require('../../apps/api/src/api.module') as { ApiModule: Type };
  const moduleRef = await Test.createTestingModule({ imports: [ApiModule] }).compile();
  const app = moduleRef.createNestApplication({ logger: ['error', 'warn'] });
  app.setGlobalPrefix('api/v1', { exclude: ['health'] });
  await app.init();
  return app;
}
