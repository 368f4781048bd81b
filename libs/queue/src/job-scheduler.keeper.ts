import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import type { Queue } from 'bullmq';
import { QUEUES, type Queues } from './queue.tokens';

export const SCHEDULER_CHECK_MS = 5_000;

type Upsert = Queue['upsertJobScheduler'];

interface Kept {
  queue: Queue;
  args: Parameters<Upsert>;
  upsert: Upsert;
}

/**
 * Job schedulers (the sweeps' `every` jobs) live only in Redis: a flushed Redis loses them, and with them every
 * sweep that rebuilds what the flush lost. The keeper remembers each scheduler the worker upserts and, every
 * SCHEDULER_CHECK_MS, upserts again the ones Redis no longer has. Several workers doing so at once is harmless:
 * a scheduler is upserted under its id.
 */
@Injectable()
export class JobSchedulerKeeper implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('JobSchedulerKeeper');
  private readonly kept = new Map<string, Kept>();
  private timer?: NodeJS.Timeout;
  private checking?: Promise<unknown>;

  // Wrapped at construction, before any provider's bootstrap hook upserts its scheduler.
  constructor(@Inject(QUEUES) queues: Queues) {
    for (const queue of Object.values(queues)) this.watch(queue);
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.checking ??= this.check().finally(() => (this.checking = undefined));
    }, SCHEDULER_CHECK_MS).unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.checking;
  }

  /** Upserts again every remembered scheduler that Redis does not have; returns their ids. */
  async check(): Promise<string[]> {
    const restored: string[] = [];
    for (const [key, { queue, args, upsert }] of this.kept) {
      try {
        if (await queue.getJobScheduler(args[0])) continue;
        await upsert(...args);
        restored.push(key);
      } catch (error) {
        this.logger.warn(`job scheduler ${key} not checked: ${(error as Error).message}`);
      }
    }
    if (restored.length > 0) {
      this.logger.warn(`job schedulers lost from Redis, upserted again: ${restored.join(', ')}`);
    }
    return restored;
  }

  private watch(queue: Queue): void {
    const upsert: Upsert = queue.upsertJobScheduler.bind(queue);
    queue.upsertJobScheduler = (...args: Parameters<Upsert>) => {
      this.kept.set(`${queue.name}/${args[0]}`, { queue, args, upsert });
      return upsert(...args);
    };
  }
}
