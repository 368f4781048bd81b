import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RateCounter } from './rate-counter.types';

/** How often each api process deletes the counters whose windows are over. */
export const RATE_COUNTER_PURGE_MS = 60_000;

/**
 * Counters in the `rate_counter` table (QUEUE_BACKEND=postgres): one UPSERT per hit, on the key's primary key.
 * A row is kept two windows after its first hit, then deleted by the purge every RATE_COUNTER_PURGE_MS.
 */
@Injectable()
export class PostgresRateCounterService extends RateCounter implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('RateCounter');
  private timer?: NodeJS.Timeout;
  private purging?: Promise<unknown>;

  constructor(private readonly dataSource: DataSource) {
    super();
  }

  onModuleInit(): void {
    this.timer = setInterval(() => {
      this.purging ??= this.purge()
        .catch((error: Error) => this.logger.warn(`expired counters not deleted: ${error.message}`))
        .finally(() => (this.purging = undefined));
    }, RATE_COUNTER_PURGE_MS).unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.purging;
  }

  async hit(key: string, windowMs: number): Promise<number> {
    const rows: Array<{ hits: number }> = await this.dataSource.query(
      `INSERT INTO rate_counter (key, hits, expires_at) VALUES ($1, 1, now() + $2 * interval '1 millisecond')
       ON CONFLICT (key) DO UPDATE SET hits = rate_counter.hits + 1
       RETURNING hits`,
      [key, 2 * windowMs],
    );
    return rows[0].hits;
  }

  async counts(keys: string[]): Promise<number[]> {
    const rows: Array<{ key: string; hits: number }> = await this.dataSource.query(
      `SELECT key, hits FROM rate_counter WHERE key = ANY($1::text[])`,
      [keys],
    );
    const byKey = new Map(rows.map((row) => [row.key, row.hits]));
    return keys.map((key) => byKey.get(key) ?? 0);
  }

  /** Deletes the counters whose windows are over; returns how many. */
  async purge(): Promise<number> {
    // A SELECT, so that the driver returns rows (for a bare DELETE, TypeORM returns [rows, count]).
    const [{ deleted }]: Array<{ deleted: number }> = await this.dataSource.query(
      `WITH gone AS (DELETE FROM rate_counter WHERE expires_at < now() RETURNING 1)
       SELECT count(*)::int AS deleted FROM gone`,
    );
    return deleted;
  }
}
