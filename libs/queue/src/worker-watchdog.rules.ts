/**
 * When a queue's worker is stuck: jobs have been ready (waiting or prioritized, not delayed) for `stallMs` while the
 * worker has taken nothing for as long and has room for more. BullMQ's worker blocks on a connection of its own
 * (a duplicate of the shared one); after a Redis Cluster failover that connection can stay on the dead master and
 * the worker never fetches again (docs/queues.md, "Worker watchdog"). The worker process checks each queue every
 * `watchdogPeriodMs(stallMs)` and replaces a stuck worker with a new one.
 */

/** What the watchdog knows of one queue at one check. */
export interface QueueWatch {
  now: number;
  /** Jobs ready to be taken: waiting or prioritized (delayed ones are not due). */
  ready: number;
  /** Since when the watchdog has seen ready jobs without the worker taking any; undefined: none seen yet. */
  readySince: number | undefined;
  /** The worker's last sign of fetching: a job started, finished or failed, or the queue found empty. */
  lastActivityAt: number;
  /** Jobs the worker is running now, and how many it may run at once. */
  running: number;
  concurrency: number;
  stallMs: number;
}

export interface WatchVerdict {
  /** What to remember as `readySince` for the next check. */
  readySince: number | undefined;
  stuck: boolean;
}

export function watchQueue(q: QueueWatch): WatchVerdict {
  if (q.ready <= 0) return { readySince: undefined, stuck: false };
  // The worker took or finished something since the jobs were first seen ready: they are being taken.
  const readySince = q.readySince === undefined || q.lastActivityAt > q.readySince ? q.now : q.readySince;
  // A worker running as many jobs as it may does not fetch: it is busy, not stuck.
  const full = q.running >= q.concurrency;
  const stuck = !full && q.now - readySince >= q.stallMs && q.now - q.lastActivityAt >= q.stallMs;
  return { readySince, stuck };
}

/** How often the watchdog checks: a fifth of the threshold, between 1 and 5 seconds. */
export function watchdogPeriodMs(stallMs: number): number {
  return Math.min(5_000, Math.max(1_000, Math.floor(stallMs / 5)));
}

/**
 * Errors of a worker's connection that mean its blocking command was cut off by a failover (a master demoted
 * under it, or its node gone): the worker is replaced at the next check without waiting for the threshold.
 */
export function isFailoverError(message: string): boolean {
  return /^UNBLOCKED\b/.test(message) || /master -> replica/i.test(message);
}
