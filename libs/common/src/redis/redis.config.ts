import { Cluster, type ClusterOptions, Redis, type RedisOptions } from 'ioredis';
import { parseRedisUrl, type RedisTarget } from './redis-url.rules';

/** A connection to what REDIS_URL names: one server or a Sentinel-watched master (Redis), or a Cluster. */
export type RedisClient = Redis | Cluster;

/** How long a request waits on Redis before it is answered 503: connecting, and each command. */
export const REQUEST_REDIS_TIMEOUT_MS = 1_000;

/**
 * `shared`: BullMQ's queues and workers, health, locks; commands wait for a reconnection (BullMQ's blocking
 * commands need `maxRetriesPerRequest: null`). `request`: the request path (rate limits, login throttle); a command
 * fails at once while Redis is unreachable (no offline queue) and after a second when it does not answer, instead of
 * holding the request. Both keep reconnecting in the background.
 */
export type RedisPurpose = 'shared' | 'request';

const PER_PURPOSE = {
  shared: { maxRetriesPerRequest: null },
  request: {
    maxRetriesPerRequest: 1,
    connectTimeout: REQUEST_REDIS_TIMEOUT_MS,
    commandTimeout: REQUEST_REDIS_TIMEOUT_MS,
  },
} as const satisfies Record<RedisPurpose, RedisOptions>;

// A demoted master answers writes with READONLY until the client follows the failover: reconnect and resend.
const reconnectOnReadonly = (error: Error): 2 | false => (error.message.startsWith('READONLY') ? 2 : false);

/** ioredis's options without `retryStrategy`, whose type BullMQ's connection options do not accept. */
export type RedisServerOptions = Omit<RedisOptions, 'retryStrategy'>;

/**
 * The options `new Redis(...)` takes for one server or a Sentinel set (a cluster: `clusterOptions`). Also what
 * BullMQ accepts as connection options for those two forms.
 */
export function redisOptions(
  target: RedisTarget | string,
  purpose: RedisPurpose = 'shared',
): RedisServerOptions {
  const t = typeof target === 'string' ? parseRedisUrl(target) : target;
  const auth = {
    ...(t.username ? { username: t.username } : {}),
    ...(t.password ? { password: t.password } : {}),
    ...(t.tls ? { tls: {} } : {}),
  };
  const common = {
    ...auth,
    ...PER_PURPOSE[purpose],
    ...(purpose === 'request' ? { enableOfflineQueue: false } : {}),
  };
  if (t.kind === 'server') return { host: t.node.host, port: t.node.port, db: t.db, ...common };
  if (t.kind === 'sentinel') {
    return {
      sentinels: t.sentinels,
      name: t.masterName,
      db: t.db,
      ...common,
      // Follow +switch-master at once rather than on the next failed command.
      failoverDetector: true,
      reconnectOnError: reconnectOnReadonly,
      ...(t.tls ? { enableTLSForSentinelMode: true, sentinelTLS: {} } : {}),
    };
  }
  throw new Error('a Redis Cluster needs clusterOptions, not redisOptions');
}

/** The options `new Cluster(nodes, ...)` takes: per-node options as for one server, the offline queue per purpose. */
export function clusterOptions(
  target: Extract<RedisTarget, { kind: 'cluster' }>,
  purpose: RedisPurpose,
): ClusterOptions {
  return {
    enableOfflineQueue: purpose !== 'request',
    // After a master fails, its slots answer CLUSTERDOWN until the replica is promoted: keep trying meanwhile.
    retryDelayOnClusterDown: 200,
    retryDelayOnFailover: 200,
    slotsRefreshTimeout: 2_000,
    redisOptions: {
      ...(target.username ? { username: target.username } : {}),
      ...(target.password ? { password: target.password } : {}),
      ...(target.tls ? { tls: {} } : {}),
      ...PER_PURPOSE[purpose],
    },
  };
}

/**
 * The one place a Redis connection is made: a Redis client for one server or a Sentinel set, a Cluster client for a
 * cluster's seed nodes. Used by RedisModule (health, BullMQ, the request path) and the login throttle.
 */
export function createRedisClient(
  target: RedisTarget | string,
  purpose: RedisPurpose = 'shared',
): RedisClient {
  const t = typeof target === 'string' ? parseRedisUrl(target) : target;
  if (t.kind === 'cluster') return new Cluster(t.nodes, clusterOptions(t, purpose));
  return new Redis(redisOptions(t, purpose));
}
