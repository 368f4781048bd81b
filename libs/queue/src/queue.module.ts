import { type DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { BullModule, getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { EnvData, REDIS, type RedisClient } from '@motcua/common';
import { queueJobOptions } from './job.types';
import { QueueWorkersService } from './queue-workers.service';
import { OutboxRelayService } from './outbox-relay.service';
import { OutboxModule } from './outbox.module';
import { QUEUE_NAMES, type QueueName, queuePrefix } from './queue-names.types';
import { QUEUES, type Queues } from './queue.config';

/** The queues, for the worker only: the api writes jobs as outbox rows (OutboxModule) and never talks to them. */
@Module({})
export class QueueModule {
  /**
   * Global: the outbox, BullMQ on REDIS_URL, every queue of QueueName under its hash-tagged prefix (QUEUE_PREFIX) with DEFAULT_JOB_OPTIONS (injectable with
   * `@InjectQueue(name)` or all at once as QUEUES), the outbox relay, and the boot check that every job name has
   * a handler, which also starts the workers.
   */
  static forWorker(): DynamicModule {
    const queues = BullModule.registerQueueAsync(
      ...QUEUE_NAMES.map((name) => ({
        name,
        inject: [EnvData],
        useFactory: (env: EnvData) => ({
          prefix: queuePrefix(name),
          defaultJobOptions: queueJobOptions(name, env.portal.sync),
        }),
      })),
    );
    return {
      module: QueueModule,
      global: true,
      imports: [
        OutboxModule,
        DiscoveryModule,
        BullModule.forRootAsync({
          // RedisModule's shared connection (a Cluster client on a cluster, which BullMQ takes only as an instance):
          // queues and workers share it for their commands, each worker blocks on a duplicate of its own; it is
          // closed by RedisModule after QueueWorkersService has closed the workers.
          inject: [REDIS],
          useFactory: (redis: RedisClient) => ({ connection: redis }),
          // QueueWorkersService starts the workers once it has checked the handlers.
          extraOptions: { manualRegistration: true },
        }),
        queues,
      ],
      providers: [
        {
          provide: QUEUES,
          inject: QUEUE_NAMES.map((name) => getQueueToken(name)),
          useFactory: (...list: Queue[]): Queues =>
            Object.fromEntries(QUEUE_NAMES.map((name, i) => [name, list[i]])) as Record<QueueName, Queue>,
        },
        OutboxRelayService,
        QueueWorkersService,
      ],
      exports: [OutboxModule, QUEUES, queues],
    };
  }
}
