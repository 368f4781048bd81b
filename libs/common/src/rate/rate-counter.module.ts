import { Global, Module } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { EnvData } from '../config/env-data.config';
import { REQUEST_REDIS } from '../redis/redis.module';
import { PostgresRateCounterService } from './postgres-rate-counter.service';
import { RateCounter } from './rate-counter.types';
import { RedisRateCounterService } from './redis-rate-counter.service';

/** The RateCounter of the configured backend: Redis, or PostgreSQL when QUEUE_BACKEND=postgres. */
@Global()
@Module({
  providers: [
    {
      provide: RateCounter,
      inject: [EnvData, DataSource, ModuleRef],
      useFactory: (env: EnvData, dataSource: DataSource, refs: ModuleRef): RateCounter =>
        env.queue.backend === 'postgres'
          ? new PostgresRateCounterService(dataSource)
          : new RedisRateCounterService(refs.get(REQUEST_REDIS, { strict: false })),
    },
  ],
  exports: [RateCounter],
})
export class RateCounterModule {}
