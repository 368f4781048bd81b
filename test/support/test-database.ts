/**
 * The e2e tests' database and Redis index: TEST_DATABASE_URL and TEST_REDIS_URL, never the development ones; and
 * the queue backend, TEST_QUEUE_BACKEND (redis unless it says postgres).
 */
export const testDatabaseUrl = (): string =>
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/motcua_test';

export const testRedisUrl = (): string => process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/1';

export const testQueueBackend = (): 'redis' | 'postgres' =>
  process.env.TEST_QUEUE_BACKEND === 'postgres' ? 'postgres' : 'redis';
