import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { EnvData } from '../config/env-data.config';
import { redisOptions, REQUEST_REDIS_TIMEOUT_MS, requestRedisOptions } from './redis.config';

export const REDIS = Symbol('REDIS');
/** The connection of the request path: fails fast (see requestRedisOptions) rather than hold a request. */
export const REQUEST_REDIS = Symbol('REQUEST_REDIS');

class RedisCloser implements OnApplicationShutdown {
  constructor(
    @Inject(REDIS) private readonly redis: Redis | null,
    @Inject(REQUEST_REDIS) private readonly requests: Redis | null,
  ) {}
  async onApplicationShutdown(): Promise<void> {
    for (const client of [this.redis, this.requests]) {
      if (!client) continue;
      await client.quit().catch(() => client.disconnect());
    }
  }
}

// Without an offline queue a command sent before the first connection fails: wait for it, briefly, at start-up.
async function connected(client: Redis): Promise<Redis> {
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
 * Shared connections for direct Redis use (health, locks; and one for requests); BullMQ opens its own. With
 * QUEUE_BACKEND=postgres both are null and no client is made: nothing connects to Redis. (The module is imported
 * either way: Nest reads a module's imports before EnvData exists.)
 */
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [EnvData],
      useFactory: (env: EnvData): Redis | null =>
        env.redis && new Redis({ ...redisOptions(env.redis.url), lazyConnect: false }),
    },
    {
      provide: REQUEST_REDIS,
      inject: [EnvData],
      useFactory: (env: EnvData): Promise<Redis> | null => {
        if (!env.redis) return null;
        const client = new Redis(requestRedisOptions(env.redis.url));
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
