import { Module } from '@nestjs/common';
import { EnvData, REDIS } from '@motcua/common';
import { queueConnection } from './queue-backend.config';

/** The worker's QueueConnection: the shared Redis client, or the PostgreSQL pool of every queue and worker of the process. */
export const QUEUE_CONNECTION = Symbol('QUEUE_CONNECTION');

/** QUEUE_CONNECTION, made once per process (with QUEUE_BACKEND=postgres, after BullMQ's migrations). */
@Module({
  providers: [{ provide: QUEUE_CONNECTION, inject: [EnvData, REDIS], useFactory: queueConnection }],
  exports: [QUEUE_CONNECTION],
})
export class QueueConnectionModule {}
