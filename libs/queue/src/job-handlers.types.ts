import type { Job } from 'bullmq';
import type { JobOf } from './job.types';
import { JOB_NAMES, type JobName, type JobNameOf, QUEUE_OF, type QueueName } from './queue-names.types';

export type JobHandler<N extends JobName> = (job: Job<JobOf<N>, unknown, N>) => Promise<unknown>;

/** One handler for every job of queue `Q`: the compiler rejects a map that misses one. */
export type JobHandlers<Q extends QueueName> = { [N in JobNameOf<Q>]: JobHandler<N> };

/** A processor (`@Processor(q) class ... extends WorkerHost`) whose jobs are listed in `handlers`. */
export interface JobHandlerHost<Q extends QueueName = QueueName> {
  readonly handlers: JobHandlers<Q>;
}

export const isJobHandlerHost = (value: unknown): value is JobHandlerHost =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { handlers?: unknown }).handlers === 'object' &&
  (value as { handlers?: unknown }).handlers !== null;

/**
 * Runs the handler of `job.name`. A name without one (a job added by a newer release) fails with an ordinary
 * error, so it is retried rather than discarded.
 */
export function dispatch<Q extends QueueName>(handlers: JobHandlers<Q>, job: Job): Promise<unknown> {
  const handler = (handlers as unknown as Partial<Record<string, (job: Job) => Promise<unknown>>>)[job.name];
  if (handler === undefined) {
    return Promise.reject(new Error(`no handler for job '${job.name}' on queue '${job.queueName}'`));
  }
  return handler(job);
}

export interface HandlerDeclaration {
  processor: string;
  /** The queue the processor's worker consumes. */
  queue: string;
  jobs: string[];
}

/** What keeps the declared processors from handling every job name exactly once, on the job's own queue. */
export function handlerProblems(declared: HandlerDeclaration[]): string[] {
  const problems: string[] = [];
  const owners = new Map<string, string[]>();
  for (const { processor, queue, jobs } of declared) {
    for (const job of jobs) {
      const expected = (QUEUE_OF as Record<string, string | undefined>)[job];
      if (expected === undefined) problems.push(`${processor} handles '${job}', which is not a job name`);
      else if (expected !== queue) {
        problems.push(
          `${processor} handles '${job}' but consumes queue '${queue}'; '${job}' is added to '${expected}'`,
        );
      }
      owners.set(job, [...(owners.get(job) ?? []), processor]);
    }
  }
  for (const job of JOB_NAMES) {
    const found = owners.get(job) ?? [];
    if (found.length === 0) problems.push(`job '${job}' (queue '${QUEUE_OF[job]}') has no handler`);
    if (found.length > 1) problems.push(`job '${job}' has several handlers: ${found.join(', ')}`);
  }
  return problems;
}

export class MissingJobHandlersError extends Error {
  constructor(readonly problems: string[]) {
    super(`job handlers do not cover the job names:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}
