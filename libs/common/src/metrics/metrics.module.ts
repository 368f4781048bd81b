import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';
import { QueueMetricsService } from './queue-metrics.service';

/**
 * `GET /metrics` and the MetricsService every library may inject (global, like the clock). The api marks the
 * route public through the identity library, which owns the guard (as for /health).
 */
@Global()
@Module({ controllers: [MetricsController], providers: [MetricsService], exports: [MetricsService] })
export class MetricsModule {}

/** Worker only: queue depths and job failures. Not global, so it starts after the queue workers. */
@Module({ imports: [DiscoveryModule], providers: [QueueMetricsService] })
export class QueueMetricsModule {}
