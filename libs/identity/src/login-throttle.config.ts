import type { RateLimiterStoreAbstract } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { createRedisClient } from '@motcua/common';

export const LOGIN_THROTTLE_STORE = Symbol('LOGIN_THROTTLE_STORE');

export interface LimiterOptions {
  keyPrefix: string;
  points: number;
  duration: number;
}

/** Where failed logins are counted: Redis, or the `login_throttle` table with QUEUE_BACKEND=postgres. */
export interface LoginThrottleStore {
  limiter(options: LimiterOptions): RateLimiterStoreAbstract;
  /** Resolves once the store can answer (two seconds at most), so that the first login does not find it not ready. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

// Required when used: only the api builds the throttle, and the worker, which imports this library, need not load it.
const flexible = (): typeof import('rate-limiter-flexible') =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('rate-limiter-flexible') as typeof import('rate-limiter-flexible');

/** A Redis connection of its own with the request path's fail-fast options: a login never waits on Redis. */
export function redisThrottleStore(url: string): LoginThrottleStore {
  const redis = createRedisClient(url, 'request');
  const { RateLimiterRedis } = flexible();
  return {
    limiter: (options) => new RateLimiterRedis({ ...options, storeClient: redis, rejectIfRedisNotReady: true }),
    ready: async () => {
      if (redis.status === 'ready') return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 2000);
        redis.once('ready', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/**
 * The same counters in the `login_throttle` table (migration PostgresCounters), on the application's pool: one
 * UPSERT per count; rows expired for an hour are deleted by the limiters themselves, hourly.
 */
export function postgresThrottleStore(dataSource: DataSource): LoginThrottleStore {
  const { RateLimiterPostgres } = flexible();
  return {
    limiter: (options) =>
      new RateLimiterPostgres({
        ...options,
        storeClient: dataSource,
        storeType: 'typeorm',
        tableName: 'login_throttle',
        tableCreated: true,
      }),
    ready: () => Promise.resolve(),
    close: () => Promise.resolve(),
  };
}
