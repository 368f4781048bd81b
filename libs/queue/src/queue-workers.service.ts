import {
  type BeforeApplicationShutdown,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { BullRegistrar, WorkerHost } from '@nestjs/bullmq';
import { handlerProblems, isJobHandlerHost, MissingJobHandlersError } from './job-handlers.types';

/**
 * Owns the BullMQ workers of the worker process (registration is manual, see QueueModule.forWorker):
 * - starts them at boot, after checking that every job name has exactly one handler on its own queue; a gap
 *   stops the process with the list of problems before any job is fetched;
 * - closes them before the application shuts down, so that running jobs finish while the database is still open.
 */
@Injectable()
export class QueueWorkersService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('QueueWorkersService');
  private hosts: WorkerHost[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly registrar: BullRegistrar,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.registrar.register();
    this.hosts = this.discovery
      .getProviders()
      .map((wrapper) => wrapper.instance as unknown)
      .filter((instance): instance is WorkerHost => instance instanceof WorkerHost);
    // Read synchronously after register(): the workers are still connecting and have fetched nothing.
    const problems = handlerProblems(
      this.hosts.map((host) => ({
        processor: host.constructor.name,
        queue: host.worker.name,
        jobs: isJobHandlerHost(host) ? Object.keys(host.handlers) : [],
      })),
    );
    if (problems.length > 0) {
      await Promise.all(this.hosts.map((host) => host.worker.close(true)));
      throw new MissingJobHandlersError(problems);
    }
    this.logger.log(this.hosts.map((h) => `${h.worker.name}: ${h.constructor.name}`).join('; '));
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.hosts.map((host) => host.worker.close()));
  }
}
