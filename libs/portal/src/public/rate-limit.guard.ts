import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { FixedWindowLimiter } from './rate-limiter';
import { PublicErrorCode, PublicException } from './public.exception';

/** Limits the public endpoints per client address (behind a proxy, set Express's `trust proxy`). */
@Injectable()
export class PublicRateLimitGuard implements CanActivate {
  constructor(private readonly limiter: FixedWindowLimiter) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const verdict = await this.limiter.hit(`public:${request.ip ?? 'unknown'}`);
    if (verdict.allowed) return true;
    const seconds = Math.max(1, Math.ceil(verdict.retryAfterMs / 1000));
    http.getResponse<Response>().setHeader('Retry-After', String(seconds));
    throw new PublicException(
      PublicErrorCode.RateLimited,
      `too many requests from this address; try again in ${seconds} s`,
      { retryAfterSeconds: seconds },
    );
  }
}
