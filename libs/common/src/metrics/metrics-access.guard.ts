import {
  type CanActivate,
  type ExecutionContext,
  Injectable,
  NotFoundException,
  UnauthorizedException,
} from '@nestjs/common';
import type { Request } from 'express';
import { EnvData } from '../config/env-data.config';
import { metricsAccess } from './metrics-access.rules';

/** /metrics behind METRICS_TOKEN, and off in production without one (see metricsAccess). */
@Injectable()
export class MetricsAccessGuard implements CanActivate {
  constructor(private readonly env: EnvData) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    const access = metricsAccess(
      this.env.nodeEnv === 'production',
      this.env.http.metricsToken,
      request.headers.authorization,
    );
    if (access === 'off') throw new NotFoundException(`Cannot GET ${request.path}`);
    if (access === 'unauthorized') {
      throw new UnauthorizedException('/metrics needs Authorization: Bearer <METRICS_TOKEN>');
    }
    return true;
  }
}
