import { Global, Module } from '@nestjs/common';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';

/**
 * `GET /metrics` and the MetricsService every library may inject (global, like the clock). The api marks the
 * route public through the identity library, which owns the guard (as for /health).
 */
@Global()
@Module({ controllers: [MetricsController], providers: [MetricsService], exports: [MetricsService] })
export class MetricsModule {}
