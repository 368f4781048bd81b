import type { Queue } from 'bullmq';
import type { QueueName } from './queue-names.types';

/** Every queue of QueueName, by name (worker process only). */
export const QUEUES = Symbol('QUEUES');
export type Queues = Record<QueueName, Queue>;
