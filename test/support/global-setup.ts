// Run once before the e2e suites (jest.config.js): the test database is created if missing, its schema
// dropped and every migration applied. The suites then only empty the tables (resetDatabase in ./app).
import { Client } from 'pg';
import { ensureDatabase, migrate } from '../../libs/common/src/database/prepare-database.service';
import { testDatabaseUrl } from './test-database';

export default async function globalSetup(): Promise<void> {
  const url = testDatabaseUrl();
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
