import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { QueueMetricsService } from './queue-metrics.service';

/** Worker only: queue depths and job failures. Not global, so it starts after the queue workers. */
@Module({ imports: [DiscoveryModule], providers: [QueueMetricsService] })
export class QueueMetricsModule {}
