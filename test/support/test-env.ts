// Loaded before every e2e suite: a database and a Redis index of their own, never the development ones.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

process.env.NODE_ENV = 'test';
process.env.DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/motcua_test';
process.env.REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/1';
process.env.LOG_LEVEL = 'warn';
// The dossier's files of each suite in a directory of their own, never the development store (var/files).
process.env.FILES_DIR = mkdtempSync(join(tmpdir(), 'motcua-files-'));
