import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { RateLimiterRes, RateLimiterStoreAbstract } from 'rate-limiter-flexible';
import {
  delayAfterFailures,
  LOGIN_THROTTLE_RULES,
  retryAfterSeconds,
  type ThrottleRule,
  throttleKey,
} from './login-throttle.rules';
import { IdentityErrorCode, IdentityException } from './identity.exception';
import { LOGIN_THROTTLE_STORE, type LoginThrottleStore } from './login-throttle.config';

// What a client is told to wait when the store cannot be reached, as the application's other 503s.
const UNAVAILABLE_RETRY_S = 5;

interface Limiters {
  rule: ThrottleRule;
  failures: RateLimiterStoreAbstract;
  blocks: RateLimiterStoreAbstract;
}

/**
 * Failed logins counted in Redis (or in PostgreSQL with QUEUE_BACKEND=postgres), so that every api process sees the
 * same counts. The Redis connection fails fast: no offline queue, a one-second command timeout; when the store
 * cannot answer, logins are refused with 503 rather than let through unthrottled or left hanging.
 */
@Injectable()
export class LoginThrottleService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('LoginThrottle');
  private readonly limiters: Limiters[];

  constructor(@Inject(LOGIN_THROTTLE_STORE) private readonly store: LoginThrottleStore) {
    this.limiters = LOGIN_THROTTLE_RULES.map((rule) => ({
      rule,
      failures: store.limiter({
        keyPrefix: `{login}:fail:${rule.scope}`,
        points: 1_000_000_000,
        duration: rule.windowSeconds,
      }),
      blocks: store.limiter({
        keyPrefix: `{login}:block:${rule.scope}`,
        points: 1,
        duration: 1,
      }),
    }));
  }

  async onModuleInit(): Promise<void> {
    await this.store.ready();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }

  /** Throws 429 LOGIN_THROTTLED (with the seconds to wait) while any block applies to this attempt. */
  async assertAllowed(username: string, address: string): Promise<void> {
    const remaining = await this.guard(() =>
      Promise.all(
        this.limiters.map(async ({ rule, blocks }) => {
          const res = await blocks.get(throttleKey(rule.scope, username, address));
          return res && res.consumedPoints > 1 ? res.msBeforeNext : 0;
        }),
      ),
    );
    const seconds = retryAfterSeconds(remaining);
    if (seconds > 0) {
      throw new IdentityException(
        IdentityErrorCode.LoginThrottled,
        `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${seconds} giây.`,
        { retryAfterSeconds: seconds },
      );
    }
  }

  /** Counts a failure in every scope and starts the blocks it earns; returns the longest block, in seconds. */
  async recordFailure(username: string, address: string): Promise<number> {
    const delays = await this.guard(() =>
      Promise.all(
        this.limiters.map(async ({ rule, failures, blocks }) => {
          const key = throttleKey(rule.scope, username, address);
          const counted: RateLimiterRes = await failures.consume(key);
          const delay = delayAfterFailures(counted.consumedPoints, rule);
          if (delay > 0) await blocks.block(key, delay);
          return delay;
        }),
      ),
    );
    return Math.max(0, ...delays);
  }

  /** A successful login clears the counts of its account and of its pair; the address keeps its own. */
  async recordSuccess(username: string, address: string): Promise<void> {
    await this.guard(() =>
      Promise.all(
        this.limiters
          .filter(({ rule }) => rule.scope !== 'address')
          .map(({ rule, failures }) => failures.delete(throttleKey(rule.scope, username, address))),
      ),
    );
  }

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      this.logger.warn(`login throttle unavailable: ${(error as Error).message ?? String(error)}`);
      throw new IdentityException(
        IdentityErrorCode.ThrottleUnavailable,
        'Hệ thống tạm thời không kiểm tra được đăng nhập. Vui lòng thử lại sau ít phút.',
        { retryAfterSeconds: UNAVAILABLE_RETRY_S },
      );
    }
  }
}
