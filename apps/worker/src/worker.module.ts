import { Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { ConfigService } from '@nestjs/config';
import {
  AppConfigModule,
  DatabaseModule,
  type Environment,
  HealthModule,
  RedisModule,
  redisOptions,
} from '@motcua/common';
import { CatalogModule } from '@motcua/catalog';

@Module({
  imports: [
    AppConfigModule.forRoot(),
    DatabaseModule,
    RedisModule,
    HealthModule,
    CatalogModule,
    BullModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<Environment, true>) => ({
        connection: redisOptions(config.get('REDIS_URL', { infer: true })),
      }),
    }),
  ],
})
export class WorkerModule {}
