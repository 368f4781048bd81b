import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { Clock, REDIS } from '@motcua/common';

export interface RateLimit {
  limit: number;
  windowMs: number;
}

export const PUBLIC_RATE_LIMIT = Symbol('PUBLIC_RATE_LIMIT');
export const DEFAULT_PUBLIC_RATE_LIMIT: RateLimit = { limit: 30, windowMs: 60_000 };

export interface RateVerdict {
  allowed: boolean;
  remaining: number;
  retryAfterMs: number;
}

/**
 * Fixed-window counter in Redis (INCR and PEXPIRE in one MULTI), shared by every api process. The window is
 * numbered from the application clock; the key expires on its own once the window is over.
 */
@Injectable()
export class FixedWindowLimiter {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly clock: Clock,
    @Inject(PUBLIC_RATE_LIMIT) private readonly rate: RateLimit,
  ) {}

  async hit(bucket: string): Promise<RateVerdict> {
    const now = this.clock.now().getTime();
    const window = Math.floor(now / this.rate.windowMs);
    const key = `ratelimit:${bucket}:${window}`;
    const results = await this.redis
      .multi()
      .incr(key)
      .pexpire(key, 2 * this.rate.windowMs)
      .exec();
    const [error, count] = results?.[0] ?? [new Error('rate limit: no reply from Redis'), 0];
    if (error) throw error;
    const used = Number(count);
    return {
      allowed: used <= this.rate.limit,
      remaining: Math.max(0, this.rate.limit - used),
      retryAfterMs: (window + 1) * this.rate.windowMs - now,
    };
  }
}
