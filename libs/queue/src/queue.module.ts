import { type DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { EnvData, redisOptions } from '@motcua/common';
import { JobSchedulerKeeper } from './job-scheduler.keeper';
import { queueJobOptions } from './job.types';
import { QueueWorkers } from './queue-workers.service';
import { OutboxEntity } from './outbox.entity';
import { OutboxRelay } from './outbox-relay.service';
import { OutboxRepository } from './outbox.repository';
import { QUEUE_NAMES, type QueueName } from './queue.names';
import { QUEUES, type Queues } from './queue.tokens';

/**
 * The outbox, for any process that commits state changes (the api writes jobs as outbox rows and never talks
 * to the queues). The worker imports `QueueModule.forWorker()` instead.
 */
@Module({
  imports: [TypeOrmModule.forFeature([OutboxEntity])],
  providers: [OutboxRepository],
  exports: [OutboxRepository],
})
export class QueueModule {
  /**
   * Global: BullMQ on REDIS_URL, every queue of QueueName with DEFAULT_JOB_OPTIONS (injectable with
   * `@InjectQueue(name)` or all at once as QUEUES), the outbox relay, and the boot check that every job name has
   * a handler, which also starts the workers; the keeper that re-creates job schedulers Redis lost.
   */
  static forWorker(): DynamicModule {
    const queues = BullModule.registerQueueAsync(
      ...QUEUE_NAMES.map((name) => ({
        name,
        inject: [EnvData],
        useFactory: (env: EnvData) => ({ defaultJobOptions: queueJobOptions(name, env.portal.sync) }),
      })),
    );
    return {
      module: QueueModule,
      global: true,
      imports: [
        TypeOrmModule.forFeature([OutboxEntity]),
        DiscoveryModule,
        BullModule.forRootAsync({
          inject: [EnvData],
          useFactory: (env: EnvData) => ({ connection: redisOptions(env.redis.url) }),
          // QueueWorkers starts the workers once it has checked the handlers.
          extraOptions: { manualRegistration: true },
        }),
        queues,
      ],
      providers: [
        OutboxRepository,
        {
          provide: QUEUES,
          inject: QUEUE_NAMES.map((name) => getQueueToken(name)),
          useFactory: (...list: Queue[]): Queues =>
            Object.fromEntries(QUEUE_NAMES.map((name, i) => [name, list[i]])) as Record<QueueName, Queue>,
        },
        OutboxRelay,
        QueueWorkers,
        JobSchedulerKeeper,
      ],
      exports: [OutboxRepository, QUEUES, queues],
    };
  }
}
