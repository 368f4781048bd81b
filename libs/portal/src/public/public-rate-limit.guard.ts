import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { PublicLimits } from './public-limits.config';

/** Limits the public endpoints per client address (`request.ip`: behind a proxy, set TRUST_PROXY). */
@Injectable()
export class PublicRateLimitGuard implements CanActivate {
  constructor(private readonly limits: PublicLimits) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    await this.limits.request(context.switchToHttp().getRequest<Request>().ip);
    return true;
  }
}
