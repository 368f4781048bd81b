import { Cluster, Redis } from 'ioredis';
import { parseRedisUrl } from './redis-url.rules';
import { clusterOptions, createRedisClient, redisOptions } from './redis.config';

describe('Redis connection options', () => {
  it('lets BullMQ block on the shared connection and makes the request path fail fast', () => {
    const url = 'redis://:pw@127.0.0.1:6390/4';
    expect(redisOptions(url)).toEqual({
      host: '127.0.0.1',
      port: 6390,
      db: 4,
      password: 'pw',
      maxRetriesPerRequest: null,
    });
    expect(redisOptions(url, 'request')).toMatchObject({
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      commandTimeout: 1000,
      connectTimeout: 1000,
    });
  });

  it('asks the sentinels for the master and follows a failover', () => {
    const options = redisOptions('rediss+sentinel://:pw@s1:26379,s2:26379/mymaster/2');
    expect(options).toMatchObject({
      sentinels: [
        { host: 's1', port: 26379 },
        { host: 's2', port: 26379 },
      ],
      name: 'mymaster',
      db: 2,
      password: 'pw',
      tls: {},
      enableTLSForSentinelMode: true,
      failoverDetector: true,
      maxRetriesPerRequest: null,
    });
    const reconnect = options.reconnectOnError as (error: Error) => unknown;
    expect(reconnect(new Error("READONLY You can't write against a read only replica."))).toBe(2);
    expect(reconnect(new Error('ERR wrong number of arguments'))).toBe(false);
  });

  it('gives every node of a cluster the credentials and the purpose, and queues offline only when shared', () => {
    const target = parseRedisUrl('redis+cluster://u:pw@a:7000,b:7001');
    if (target.kind !== 'cluster') throw new Error('not a cluster');
    expect(clusterOptions(target, 'shared')).toMatchObject({
      enableOfflineQueue: true,
      redisOptions: { username: 'u', password: 'pw', maxRetriesPerRequest: null },
    });
    expect(clusterOptions(target, 'request')).toMatchObject({
      enableOfflineQueue: false,
      redisOptions: { maxRetriesPerRequest: 1, commandTimeout: 1000 },
    });
    expect(() => redisOptions(target)).toThrow(/clusterOptions/);
  });

  it('builds a Cluster client for a cluster and a Redis client otherwise', () => {
    const cluster = createRedisClient('redis+cluster://127.0.0.1:1', 'request');
    const single = createRedisClient('redis://127.0.0.1:1/0', 'request');
    try {
      expect(cluster).toBeInstanceOf(Cluster);
      expect(single).toBeInstanceOf(Redis);
    } finally {
      cluster.disconnect();
      single.disconnect();
    }
  });
});
