import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { EnvData } from '@motcua/common';
import { QUEUES, type Queues } from '@motcua/queue';
import { PERIODIC_JOB_OPTIONS, PERIODIC_JOBS, type PeriodicJob } from './periodic-jobs.config';

export const SCHEDULER_CHECK_MS = 5_000;

type Scheduled = Omit<PeriodicJob, 'everyMs'> & { everyMs: number };

/**
 * Upserts the job scheduler of every PERIODIC_JOBS row at start-up. Job schedulers live only in the queues' store
 * (Redis; the database with QUEUE_BACKEND=postgres, which does not lose them): a flushed Redis loses them, and with them every sweep that rebuilds what the flush lost; so every SCHEDULER_CHECK_MS
 * the ones Redis no longer has are upserted again. Several workers doing so at once is harmless: a scheduler is
 * upserted under its id.
 */
@Injectable()
export class PeriodicJobsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('PeriodicJobs');
  private readonly jobs: Scheduled[];
  private timer?: NodeJS.Timeout;
  private checking?: Promise<unknown>;
  private starting?: Promise<void>;

  constructor(
    @Inject(QUEUES) private readonly queues: Queues,
    env: EnvData,
  ) {
    this.jobs = PERIODIC_JOBS.map((job) => ({ ...job, everyMs: job.everyMs(env) }));
  }

  onApplicationBootstrap(): void {
    this.starting = Promise.all(this.jobs.map((job) => this.upsert(job)))
      .then(() => undefined)
      .catch((error: Error) => this.logger.error(`job schedulers not upserted: ${error.message}`));
    this.timer = setInterval(() => {
      this.checking ??= this.check().finally(() => (this.checking = undefined));
    }, SCHEDULER_CHECK_MS).unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.starting;
    await this.checking;
  }

  /** Upserts again every periodic job whose scheduler Redis does not have; returns their `queue/name`. */
  async check(): Promise<string[]> {
    const restored: string[] = [];
    for (const job of this.jobs) {
      const key = `${job.queue}/${job.name}`;
      try {
        if (await this.queues[job.queue].getJobScheduler(job.name)) continue;
        await this.upsert(job);
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

  private async upsert(job: Scheduled): Promise<void> {
    await this.queues[job.queue].upsertJobScheduler(
      job.name,
      { every: job.everyMs },
      { name: job.name, data: {}, opts: PERIODIC_JOB_OPTIONS },
    );
  }
}
