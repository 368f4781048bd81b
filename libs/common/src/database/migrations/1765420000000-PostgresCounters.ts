import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Counters for QUEUE_BACKEND=postgres, where nothing connects to Redis: the public lookup's fixed windows
 * (`rate_counter`, one row per key and window, one UPSERT per hit) and the login throttle (`login_throttle`, the
 * table rate-limiter-flexible's RateLimiterPostgres reads and writes: key, points, expiry in epoch milliseconds).
 * `rate_counter` is UNLOGGED: a crash loses the counts of the running windows, as a Redis restart does, and a hit
 * writes no WAL. Both stay empty with the redis backend.
 */
export class PostgresCounters1765420000000 implements MigrationInterface {
  name = 'PostgresCounters1765420000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE UNLOGGED TABLE rate_counter (
        key text PRIMARY KEY,
        hits integer NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX rate_counter_expires_idx ON rate_counter (expires_at)`);
    await q.query(`
      CREATE TABLE login_throttle (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
    await q.query(`CREATE INDEX login_throttle_expire_idx ON login_throttle (expire)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE login_throttle`);
    await q.query(`DROP TABLE rate_counter`);
  }
}
