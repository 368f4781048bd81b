import { Module } from '@nestjs/common';
import { EnvData } from '@motcua/common';
import { queueConnection } from './queue-backend.config';

/** The worker's QueueConnection: Redis options, or the PostgreSQL pool of every queue and worker of the process. */
export const QUEUE_CONNECTION = Symbol('QUEUE_CONNECTION');

/** QUEUE_CONNECTION, made once per process (with QUEUE_BACKEND=postgres, after BullMQ's migrations). */
@Module({
  providers: [{ provide: QUEUE_CONNECTION, inject: [EnvData], useFactory: queueConnection }],
  exports: [QUEUE_CONNECTION],
})
export class QueueConnectionModule {}
