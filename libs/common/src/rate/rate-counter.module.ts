import { Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EnvData } from '../config/env-data.config';
import type { RedisClient } from '../redis/redis.config';
import { REQUEST_REDIS } from '../redis/redis.module';
import { PostgresRateCounterService } from './postgres-rate-counter.service';
import { RateCounter } from './rate-counter.types';
import { RedisRateCounterService } from './redis-rate-counter.service';

/**
 * The RateCounter of the configured backend: Redis, or PostgreSQL when QUEUE_BACKEND=postgres. The request path's
 * Redis connection is injected (null in postgres mode), so that Nest makes it first: asked for by ModuleRef inside
 * the factory it could be not made yet, and the counter then held null.
 */
@Global()
@Module({
  providers: [
    {
      provide: RateCounter,
      inject: [EnvData, DataSource, REQUEST_REDIS],
      useFactory: (env: EnvData, dataSource: DataSource, redis: RedisClient | null): RateCounter => {
        if (env.queue.backend === 'postgres') return new PostgresRateCounterService(dataSource);
        if (!redis) throw new Error('rate counters: the Redis backend has no Redis connection');
        return new RedisRateCounterService(redis);
      },
    },
  ],
  exports: [RateCounter],
})
export class RateCounterModule {}
