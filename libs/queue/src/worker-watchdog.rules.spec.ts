import { isFailoverError, watchdogPeriodMs, watchQueue, type QueueWatch } from './worker-watchdog.rules';

const STALL = 30_000;
const idle = (over: Partial<QueueWatch>): QueueWatch => ({
  now: 100_000,
  ready: 1,
  readySince: undefined,
  lastActivityAt: 0,
  running: 0,
  concurrency: 1,
  stallMs: STALL,
  ...over,
});

describe('watchQueue', () => {
  it('forgets a queue with nothing ready, however long the worker has been quiet', () => {
    expect(watchQueue(idle({ ready: 0, readySince: 10_000 }))).toEqual({
      readySince: undefined,
      stuck: false,
    });
  });

  it('starts counting when it first sees a ready job, and does not call a worker stuck at once', () => {
    expect(watchQueue(idle({}))).toEqual({ readySince: 100_000, stuck: false });
  });

  it('calls the worker stuck once jobs have been ready, and it quiet, for the threshold', () => {
    expect(watchQueue(idle({ now: 100_000 + STALL - 1, readySince: 100_000 })).stuck).toBe(false);
    expect(watchQueue(idle({ now: 100_000 + STALL, readySince: 100_000 }))).toEqual({
      readySince: 100_000,
      stuck: true,
    });
  });

  it('restarts the count when the worker took or finished something since the jobs were seen ready', () => {
    const verdict = watchQueue(idle({ now: 200_000, readySince: 100_000, lastActivityAt: 150_000 }));
    expect(verdict).toEqual({ readySince: 200_000, stuck: false });
  });

  it('does not call a worker stuck that was active within the threshold', () => {
    expect(watchQueue(idle({ now: 200_000, readySince: 100_000, lastActivityAt: 99_000 + 1 })).stuck).toBe(
      true,
    );
    expect(watchQueue(idle({ now: 200_000, readySince: 170_001, lastActivityAt: 170_001 })).stuck).toBe(
      false,
    );
  });

  it('leaves alone a worker running as many jobs as it may: it is busy, not stuck', () => {
    const long = idle({ now: 200_000, readySince: 100_000, running: 2, concurrency: 2 });
    expect(watchQueue(long).stuck).toBe(false);
    expect(watchQueue({ ...long, running: 1 }).stuck).toBe(true);
  });
});

describe('watchdogPeriodMs', () => {
  it('checks every fifth of the threshold, at least every 5 s and at most every second', () => {
    expect(watchdogPeriodMs(30_000)).toBe(5_000);
    expect(watchdogPeriodMs(10_000)).toBe(2_000);
    expect(watchdogPeriodMs(1_000)).toBe(1_000);
  });
});

describe('isFailoverError', () => {
  it('knows the error of a blocking command cut off by a failover', () => {
    expect(
      isFailoverError(
        'UNBLOCKED force unblock from blocking operation, instance state changed (master -> replica?)',
      ),
    ).toBe(true);
    expect(isFailoverError('READONLY You cannot write against a read only replica.')).toBe(false);
    expect(isFailoverError('Missing lock for job 12. moveToFinished')).toBe(false);
  });
});
