/**
 * Shared counters of fixed windows, for limits that must hold across every api process. The caller names the
 * window in the key (`{ratelimit}:<bucket>:<window index>`); a counter is forgotten some time after `windowMs`.
 * Implemented on Redis (RedisRateCounterService) or on PostgreSQL (PostgresRateCounterService), as
 * QUEUE_BACKEND says.
 */
export abstract class RateCounter {
  /** Counts one more under `key` and returns the count, this hit included. */
  abstract hit(key: string, windowMs: number): Promise<number>;
  /** The counts under `keys`, in their order (0 for a key never hit); counts nothing. */
  abstract counts(keys: string[]): Promise<number[]>;
}
