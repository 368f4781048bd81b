/** Connection options from a redis:// or rediss:// URL, accepted by ioredis and BullMQ alike. */
export interface RedisConnectionOptions {
  host: string;
  port: number;
  db: number;
  username?: string;
  password?: string;
  tls?: Record<string, never>;
  // BullMQ workers block on Redis; they need this to be null.
  maxRetriesPerRequest: null;
}

export function redisOptions(url: string): RedisConnectionOptions {
  const parsed = new URL(url);
  const db = parsed.pathname.replace(/^\//, '');
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 6379,
    db: db ? Number(db) : 0,
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
    maxRetriesPerRequest: null,
  };
}

/** How long a request waits on Redis before it is answered 503: connecting, and each command. */
export const REQUEST_REDIS_TIMEOUT_MS = 1_000;

/**
 * Options of the connection HTTP requests use (rate limits): a command fails at once while Redis is unreachable
 * (no offline queue) and after a second when Redis does not answer, instead of waiting for it to come back.
 * The connection itself keeps reconnecting in the background.
 */
export function requestRedisOptions(url: string) {
  return {
    ...redisOptions(url),
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: REQUEST_REDIS_TIMEOUT_MS,
    commandTimeout: REQUEST_REDIS_TIMEOUT_MS,
  };
}
