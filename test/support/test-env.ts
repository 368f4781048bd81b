// Loaded before every e2e suite: a database and a Redis index of their own, never the development ones.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testDatabaseUrl, testQueueBackend, testRedisUrl } from './test-database';

process.env.NODE_ENV = 'test';
process.env.DATABASE_URL = testDatabaseUrl();
process.env.QUEUE_BACKEND = testQueueBackend();
// With the postgres backend no Redis is named: a suite that still reached for one would fail, not pass unnoticed.
if (testQueueBackend() === 'redis') process.env.REDIS_URL = testRedisUrl();
else delete process.env.REDIS_URL;
process.env.LOG_LEVEL = 'warn';
// The dossier's files of each suite in a directory of their own, never the development store (var/files).
process.env.FILES_DIR = mkdtempSync(join(tmpdir(), 'motcua-files-'));
