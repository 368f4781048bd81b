import {
  type CanActivate,
  type ExecutionContext,
  Injectable,
  NotFoundException,
  UnauthorizedException,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Request } from 'express';
import type { Environment } from '../config/environment';
import { metricsAccess } from './metrics.access';

/** /metrics behind METRICS_TOKEN, and off in production without one (see metricsAccess). */
@Injectable()
export class MetricsAccessGuard implements CanActivate {
  constructor(private readonly config: ConfigService<Environment, true>) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    const access = metricsAccess(
      this.config.get('NODE_ENV', { infer: true }) === 'production',
      this.config.get('METRICS_TOKEN', { infer: true }),
      request.headers.authorization,
    );
    if (access === 'off') throw new NotFoundException(`Cannot GET ${request.path}`);
    if (access === 'unauthorized') {
      throw new UnauthorizedException('/metrics needs Authorization: Bearer <METRICS_TOKEN>');
    }
    return true;
  }
}
