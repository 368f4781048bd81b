import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { BullRegistrar, WorkerHost } from '@nestjs/bullmq';
import { type Job, Worker } from 'bullmq';
import { EnvData } from '@motcua/common';
import { handlerProblems, isJobHandlerHost, MissingJobHandlersError } from './job-handlers.types';
import { QueueName } from './queue-names.types';
import { QUEUES, type Queues } from './queue.config';
import { isFailoverError, watchdogPeriodMs, watchQueue } from './worker-watchdog.rules';

/** How long a stuck worker's close, or one count of ready jobs, may take before it is given up. */
const WATCHDOG_IO_TIMEOUT_MS = 5_000;

/** What the watchdog keeps of one queue's worker. */
interface Watched {
  host: WorkerHost;
  queue: QueueName;
  lastActivityAt: number;
  running: Set<string>;
  readySince: number | undefined;
  /** Why the worker must be replaced at the next check (a failover error on its connection), if it must. */
  failover: string | undefined;
  replacements: number;
}

const within = <T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve('timeout'), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });

/**
 * Owns the BullMQ workers of the worker process (registration is manual, see QueueModule.forWorker):
 * - starts them at boot, after checking that every job name has exactly one handler on its own queue; a gap
 *   stops the process with the list of problems before any job is fetched;
 * - watches them: a queue whose jobs stay ready while its worker takes none for WORKER_STALL_MS, or whose worker's
 *   connection reports a failover, gets a new worker (and so a new blocking connection) in place of the old one,
 *   never two at once (rule in worker-watchdog.rules.ts; docs/queues.md, "Worker watchdog");
 * - closes them before the application shuts down, so that running jobs finish while the database is still open.
 *
 * The watchdog runs on the wall clock (Date.now), not the application clock: it measures Redis, not deadlines.
 */
@Injectable()
export class QueueWorkersService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('QueueWorkersService');
  private hosts: WorkerHost[] = [];
  private watched: Watched[] = [];
  private timer: NodeJS.Timeout | undefined;
  private checking: Promise<void> | undefined;
  private stopping = false;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly registrar: BullRegistrar,
    @Inject(QUEUES) private readonly queues: Queues,
    private readonly env: EnvData,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.registrar.register();
    this.hosts = this.discovery
      .getProviders()
      .map((wrapper) => wrapper.instance as unknown)
      .filter((instance): instance is WorkerHost => instance instanceof WorkerHost);
    // Read synchronously after register(): the workers are still connecting and have fetched nothing.
    const problems = handlerProblems(
      this.hosts.map((host) => ({
        processor: host.constructor.name,
        queue: host.worker.name,
        jobs: isJobHandlerHost(host) ? Object.keys(host.handlers) : [],
      })),
    );
    if (problems.length > 0) {
      await Promise.all(this.hosts.map((host) => host.worker.close(true)));
      throw new MissingJobHandlersError(problems);
    }
    this.logger.log(this.hosts.map((h) => `${h.worker.name}: ${h.constructor.name}`).join('; '));
    const now = Date.now();
    this.watched = this.hosts.map((host) => {
      const watched: Watched = {
        host,
        queue: host.worker.name as QueueName,
        lastActivityAt: now,
        running: new Set(),
        readySince: undefined,
        failover: undefined,
        replacements: 0,
      };
      this.follow(watched, host.worker);
      return watched;
    });
    const stallMs = this.env.jobs.workerStallMs;
    this.timer = setInterval(() => {
      // One check at a time: a slow count or close must not start a second replacement of the same worker.
      if (this.checking || this.stopping) return;
      this.checking = this.check(stallMs)
        .catch((error: unknown) => this.logger.warn(`worker watchdog: ${(error as Error).message}`))
        .finally(() => (this.checking = undefined));
    }, watchdogPeriodMs(stallMs));
    this.timer.unref();
  }

  /** How many times each queue's worker was replaced since boot. */
  replacements(): Record<string, number> {
    return Object.fromEntries(this.watched.map((w) => [w.queue, w.replacements]));
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearInterval(this.timer);
    // A replacement under way finishes first, so that the worker closed below is the live one.
    await this.checking;
    await Promise.all(this.hosts.map((host) => host.worker.close()));
  }

  /** Tracks a worker's signs of fetching and its connection's failover errors. */
  private follow(watched: Watched, worker: Worker): void {
    const seen = () => (watched.lastActivityAt = Date.now());
    worker.on('active', (job: Job) => {
      seen();
      if (job.id) watched.running.add(job.id);
    });
    const finished = (job: Job | undefined) => {
      seen();
      if (job?.id) watched.running.delete(job.id);
    };
    worker.on('completed', finished);
    worker.on('failed', finished);
    worker.on('drained', seen);
    worker.on('error', (error: Error) => {
      if (worker === watched.host.worker && isFailoverError(error.message)) {
        watched.failover = error.message.split('\n')[0].slice(0, 120);
      }
    });
  }

  private async check(stallMs: number): Promise<void> {
    for (const watched of this.watched) {
      if (this.stopping) return;
      const worker = watched.host.worker;
      if (watched.failover) {
        await this.replace(watched, `its connection reported a failover: ${watched.failover}`);
        continue;
      }
      const counts = await within(
        this.queues[watched.queue].getJobCounts('wait', 'prioritized'),
        WATCHDOG_IO_TIMEOUT_MS,
      ).catch(() => 'timeout' as const);
      // Redis does not answer the count: nothing to judge the worker by until it does.
      if (counts === 'timeout') continue;
      const now = Date.now();
      const verdict = watchQueue({
        now,
        ready: (counts.wait ?? 0) + (counts.prioritized ?? 0),
        readySince: watched.readySince,
        lastActivityAt: watched.lastActivityAt,
        running: watched.running.size,
        concurrency: worker.concurrency,
        stallMs,
      });
      watched.readySince = verdict.readySince;
      if (verdict.stuck) {
        const quietS = Math.round((now - watched.lastActivityAt) / 1000);
        await this.replace(watched, `jobs ready, none taken for ${quietS} s`);
      }
    }
  }

  /**
   * Closes the worker without waiting on its connection (force, bounded) and starts a new one on the same queue
   * with the same processor and options: the new one blocks on a fresh duplicate of the shared connection.
   */
  private async replace(watched: Watched, reason: string): Promise<void> {
    const old = watched.host.worker;
    watched.replacements += 1;
    this.logger.warn(
      `worker watchdog: replacing the worker of queue ${watched.queue} (${reason}); ` +
        `replacement ${watched.replacements} of this queue since boot`,
    );
    const closed = await within(old.close(true), WATCHDOG_IO_TIMEOUT_MS).catch((error: unknown) => error);
    if (closed === 'timeout') {
      this.logger.warn(
        `worker watchdog: the old worker of queue ${watched.queue} did not close in time; dropped`,
      );
      void old.disconnect().catch(() => undefined);
    }
    const host = watched.host;
    const fresh = new Worker(old.name, (job: Job, token?: string) => host.process(job, token), {
      ...old.opts,
      autorun: true,
    });
    fresh.concurrency = old.concurrency;
    // WorkerHost.worker reads this field (set the same way by @nestjs/bullmq when it registers the worker).
    (host as unknown as { _worker: Worker })._worker = fresh;
    watched.failover = undefined;
    watched.readySince = undefined;
    watched.running.clear();
    watched.lastActivityAt = Date.now();
    this.follow(watched, fresh);
  }
}
