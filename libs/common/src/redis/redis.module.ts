import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { EnvData } from '../config/env-data.config';
import { createRedisClient, REQUEST_REDIS_TIMEOUT_MS, type RedisClient } from './redis.config';

/** The shared connection: health, locks, and BullMQ's queues and workers in the worker (QueueModule). */
export const REDIS = Symbol('REDIS');
/** The connection of the request path: fails fast (purpose `request`) rather than hold a request. */
export const REQUEST_REDIS = Symbol('REQUEST_REDIS');

class RedisCloser implements OnApplicationShutdown {
  constructor(
    @Inject(REDIS) private readonly redis: RedisClient,
    @Inject(REQUEST_REDIS) private readonly requests: RedisClient,
  ) {}
  async onApplicationShutdown(): Promise<void> {
    for (const client of [this.redis, this.requests]) {
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

/** Shared connections to REDIS_URL (one server, a Sentinel set or a Cluster), made by createRedisClient. */
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [EnvData],
      useFactory: (env: EnvData) => createRedisClient(env.redis.target),
    },
    {
      provide: REQUEST_REDIS,
      inject: [EnvData],
      useFactory: (env: EnvData) => {
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
