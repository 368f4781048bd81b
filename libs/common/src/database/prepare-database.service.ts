import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { databaseOptions } from './database.config';

// Any constant works; it only has to be the same in every process that migrates.
const MIGRATION_LOCK = 4_815_162_342;

/** Creates the database named in `url` when the server does not have it yet. */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name))
    throw new Error(`DATABASE_URL: unusable database name '${name}'`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE "${name}"`).catch((error: { code?: string }) => {
        if (error.code !== '42P04') throw error; // created meanwhile by another process
      });
    }
  } finally {
    await client.end();
  }
}

/** Runs pending migrations under an advisory lock, so api and worker may start together. */
export async function migrate(url: string): Promise<string[]> {
  const dataSource = await new DataSource(databaseOptions(url)).initialize();
  try {
    await dataSource.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      const ran = await dataSource.runMigrations({ transaction: 'each' });
      return ran.map((m) => m.name);
    } finally {
      await dataSource.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    await dataSource.destroy();
  }
}

export async function prepareDatabase(url: string, runMigrations: boolean): Promise<string[]> {
  await ensureDatabase(url);
  return runMigrations ? migrate(url) : [];
}
