import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { WorkerHost } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { Gauge } from 'prom-client';
import { MetricsService } from './metrics.service';

export const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;

/**
 * The queues of the worker process, found among its providers: their job counts on every scrape, and every
 * failed attempt of their workers. Runs at bootstrap after the global QueueModule has started the workers,
 * since this module is not global.
 */
@Injectable()
export class QueueMetricsService implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly metrics: MetricsService,
  ) {}

  onApplicationBootstrap(): void {
    const instances = this.discovery.getProviders().map((wrapper) => wrapper.instance as unknown);
    const queues = [...new Set(instances.filter((i): i is Queue => i instanceof Queue))];
    new Gauge({
      name: 'motcua_queue_jobs',
      help: 'Jobs in each queue by state',
      labelNames: ['queue', 'state'],
      registers: [this.metrics.registry],
      async collect() {
        const counts = await Promise.all(queues.map((queue) => queue.getJobCounts(...QUEUE_STATES)));
        queues.forEach((queue, i) => {
          for (const state of QUEUE_STATES) this.set({ queue: queue.name, state }, counts[i][state] ?? 0);
        });
      },
    });
    for (const host of instances.filter((i): i is WorkerHost => i instanceof WorkerHost)) {
      const worker = host.worker;
      worker.on('failed', (job) => this.metrics.jobFailed(worker.name, job?.name ?? 'unknown'));
    }
  }
}
