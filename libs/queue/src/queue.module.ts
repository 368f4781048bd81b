import { type DynamicModule, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { BullModule, getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { EnvData } from '@motcua/common';
import { queueJobOptions } from './job.types';
import { closeQueueConnection, type QueueConnection } from './queue-backend.config';
import { QUEUE_CONNECTION, QueueConnectionModule } from './queue-connection.module';
import { QueueWorkersService } from './queue-workers.service';
import { OutboxRelayService } from './outbox-relay.service';
import { OutboxModule } from './outbox.module';
import { QUEUE_NAMES, type QueueName, queuePrefix } from './queue-names.types';
import { QUEUES, type Queues } from './queue.config';

/** Ends the PostgreSQL pool of the queues once they are closed (the workers close before, QueueWorkersService). */
class QueueConnectionCloser implements OnApplicationShutdown {
  constructor(
    @Inject(QUEUE_CONNECTION) private readonly connection: QueueConnection,
    @Inject(QUEUES) private readonly queues: Queues,
  ) {}
  async onApplicationShutdown(): Promise<void> {
    await Promise.all(Object.values(this.queues).map((queue) => queue.close()));
    await closeQueueConnection(this.connection);
  }
}

/** The queues, for the worker only: the api writes jobs as outbox rows (OutboxModule) and never talks to them. */
@Module({})
export class QueueModule {
  /**
   * Global: the outbox, BullMQ on REDIS_URL (or on DATABASE_URL with QUEUE_BACKEND=postgres), every queue of
   * QueueName under its hash-tagged prefix (QUEUE_PREFIX) with DEFAULT_JOB_OPTIONS (injectable with
   * `@InjectQueue(name)` or all at once as QUEUES), the outbox relay, and the boot check that every job name has a
   * handler, which also starts the workers.
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
        QueueConnectionModule,
        BullModule.forRootAsync({
          imports: [QueueConnectionModule],
          inject: [QUEUE_CONNECTION],
          useFactory: (connection: QueueConnection) => ({ connection }),
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
        QueueConnectionCloser,
      ],
      exports: [OutboxModule, QUEUES, queues],
    };
  }
}
