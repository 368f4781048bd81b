import { Injectable } from '@nestjs/common';
import { Clock, RateCounter } from '@motcua/common';

export interface RateLimit {
  limit: number;
  windowMs: number;
}

export interface RateVerdict {
  allowed: boolean;
  remaining: number;
  retryAfterMs: number;
}

/** The window `now` falls in, and how a count of `used` in it stands against `rate`. Pure. */
export function fixedWindow(rate: RateLimit, now: number, used = 0): RateVerdict & { index: number } {
  const index = Math.floor(now / rate.windowMs);
  return {
    index,
    allowed: used <= rate.limit,
    remaining: Math.max(0, rate.limit - used),
    retryAfterMs: (index + 1) * rate.windowMs - now,
  };
}

/** The counter key of `bucket` in the window numbered `index`. */
export const rateLimitKey = (bucket: string, index: number): string => `{ratelimit}:${bucket}:${index}`;

/**
 * Fixed-window counters shared by every api process, in Redis or in PostgreSQL (RateCounter, as QUEUE_BACKEND
 * says). The window is numbered from the application clock. Either store fails fast when unreachable: the call
 * rejects and the error filter answers 503 instead of waiting for it to return.
 */
@Injectable()
export class FixedWindowLimiter {
  constructor(
    private readonly counter: RateCounter,
    private readonly clock: Clock,
  ) {}

  /** Counts one more in `bucket` and says whether it was within the limit. */
  async hit(bucket: string, rate: RateLimit): Promise<RateVerdict> {
    const now = this.clock.now().getTime();
    const count = await this.counter.hit(rateLimitKey(bucket, fixedWindow(rate, now).index), rate.windowMs);
    return fixedWindow(rate, now, count);
  }

  /** Whether one more in each bucket would still be within its limit, without counting it (one round trip). */
  async peek(...buckets: Array<[bucket: string, rate: RateLimit]>): Promise<RateVerdict[]> {
    const now = this.clock.now().getTime();
    const keys = buckets.map(([bucket, rate]) => rateLimitKey(bucket, fixedWindow(rate, now).index));
    const counts = await this.counter.counts(keys);
    return buckets.map(([, rate], i) => fixedWindow(rate, now, counts[i] + 1));
  }
}
