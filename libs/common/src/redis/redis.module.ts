import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { EnvData } from '../config/env-data.config';
import { createRedisClient, REQUEST_REDIS_TIMEOUT_MS, type RedisClient } from './redis.config';

/** The shared connection: health, locks, and BullMQ's queues and workers in the worker (QueueModule). */
export const REDIS = Symbol('REDIS');
/** The connection of the request path: fails fast (purpose `request`) rather than hold a request. */
export const REQUEST_REDIS = Symbol('REQUEST_REDIS');

class RedisCloser implements OnApplicationShutdown {
  constructor(
    @Inject(REDIS) private readonly redis: RedisClient | null,
    @Inject(REQUEST_REDIS) private readonly requests: RedisClient | null,
  ) {}
  async onApplicationShutdown(): Promise<void> {
    for (const client of [this.redis, this.requests]) {
      if (!client) continue;
      await client.quit().catch(() => client.disconnect());
    }
  }
}

// Without an offline queue a command sent before the first connection fails: wait for it, briefly, at start-up.
async function connected(client: RedisClient): Promise<RedisClient> {
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 2 * REQUEST_REDIS_TIMEOUT_MS);
    client.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  return client;
}

/**
 * Shared connections to REDIS_URL (one server, a Sentinel set or a Cluster), made by createRedisClient: for direct
 * use (health; one for requests) and for BullMQ. With QUEUE_BACKEND=postgres both are null and no client is made:
 * nothing connects to Redis. (The module is imported either way: Nest reads a module's imports before EnvData
 * exists.)
 */
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [EnvData],
      useFactory: (env: EnvData): RedisClient | null => env.redis && createRedisClient(env.redis.target),
    },
    {
      provide: REQUEST_REDIS,
      inject: [EnvData],
      useFactory: (env: EnvData): Promise<RedisClient> | null => {
        if (!env.redis) return null;
        const client = createRedisClient(env.redis.target, 'request');
        // Errors reach the request that met them; without a listener ioredis would print each one.
        client.on('error', () => undefined);
        return connected(client);
      },
    },
    RedisCloser,
  ],
  exports: [REDIS, REQUEST_REDIS],
})
export class RedisModule {}
