import { Inject, Injectable } from '@nestjs/common';
import { Clock, REQUEST_REDIS, type RedisClient } from '@motcua/common';

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

/**
 * Fixed-window counters in Redis, shared by every api process. The window is numbered from the application clock;
 * a key expires on its own once its window is over. Uses the fail-fast connection: with Redis unreachable a
 * call rejects within a second (answered 503 by the error filter) instead of waiting for Redis to return.
 */
@Injectable()
export class FixedWindowLimiter {
  constructor(
    @Inject(REQUEST_REDIS) private readonly redis: RedisClient,
    private readonly clock: Clock,
  ) {}

  /** Counts one more in `bucket` and says whether it was within the limit. */
  async hit(bucket: string, rate: RateLimit): Promise<RateVerdict> {
    const now = this.clock.now().getTime();
    const key = `{ratelimit}:${bucket}:${fixedWindow(rate, now).index}`;
    const results = await this.redis
      .multi()
      .incr(key)
      .pexpire(key, 2 * rate.windowMs)
      .exec();
    const [error, count] = results?.[0] ?? [new Error('rate limit: no reply from Redis'), 0];
    if (error) throw error;
    return fixedWindow(rate, now, Number(count));
  }

  /** Whether one more in each bucket would still be within its limit, without counting it (one round trip). */
  async peek(...buckets: Array<[bucket: string, rate: RateLimit]>): Promise<RateVerdict[]> {
    const now = this.clock.now().getTime();
    const keys = buckets.map(([bucket, rate]) => `{ratelimit}:${bucket}:${fixedWindow(rate, now).index}`);
    const counts = await this.redis.mget(...keys);
    return buckets.map(([, rate], i) => fixedWindow(rate, now, Number(counts[i] ?? 0) + 1));
  }
}
