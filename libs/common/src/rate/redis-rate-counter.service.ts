import { Inject, Injectable } from '@nestjs/common';
import type { RedisClient } from '../redis/redis.config';
import { REQUEST_REDIS } from '../redis/redis.module';
import { RateCounter } from './rate-counter.types';

/**
 * Counters in Redis (keys hash-tagged `{ratelimit}`, so that one MGET stays in one cluster slot) on the request path's fail-fast connection: with Redis unreachable a call rejects within a
 * second (answered 503 by the error filter). A key expires on its own two windows after its first hit.
 */
@Injectable()
export class RedisRateCounterService extends RateCounter {
  constructor(@Inject(REQUEST_REDIS) private readonly redis: RedisClient) {
    super();
  }

  async hit(key: string, windowMs: number): Promise<number> {
    const results = await this.redis
      .multi()
      .incr(key)
      .pexpire(key, 2 * windowMs)
      .exec();
    const [error, count] = results?.[0] ?? [new Error('rate limit: no reply from Redis'), 0];
    if (error) throw error;
    return Number(count);
  }

  async counts(keys: string[]): Promise<number[]> {
    const counts = await this.redis.mget(...keys);
    return counts.map((count) => Number(count ?? 0));
  }
}
