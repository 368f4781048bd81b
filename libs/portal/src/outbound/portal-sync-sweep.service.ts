import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { jobId, JobName, type JobOf, QueueName } from '@motcua/queue';
import { PORTAL_SYNC_CONFIG, type PortalSyncConfig } from './portal-sync.config';
import { PortalSyncRepository } from './portal-sync.repository';

const PAGE = 500;

/**
 * PostgreSQL is the truth: a pending message whose retry is overdue by a sweep period has lost its job (Redis
 * flushed, worker killed before relaying); its dossier's sync is added again. Every PORTAL_SYNC_SWEEP_MS, as the
 * periodic SweepPortalSync job (apps/worker's PERIODIC_JOBS).
 */
@Injectable()
export class PortalSyncSweepService implements OnApplicationBootstrap {
  private readonly logger = new Logger('PortalSyncSweepService');

  constructor(
    private readonly messages: PortalSyncRepository,
    @InjectQueue(QueueName.PortalSync) private readonly queue: Queue,
    @Inject(PORTAL_SYNC_CONFIG) private readonly config: PortalSyncConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.url) this.logger.warn('PORTAL_SYNC_URL is not set: portal sync messages stay pending');
  }

  async sweep(): Promise<{ added: number }> {
    if (!this.config.url) return { added: 0 };
    const overdue = await this.messages.overdue(this.config.sweepMs, PAGE);
    for (const { dossierId, seq, attempts } of overdue) {
      const data: JobOf<JobName.SyncDossier> = { dossierId };
      // Named by the message and its attempt count: sweeps that find nothing changed add nothing new.
      await this.queue.add(JobName.SyncDossier, data, {
        jobId: jobId('sync', dossierId, seq, 'sweep', attempts),
      });
    }
    if (overdue.length > 0)
      this.logger.warn(`${overdue.length} dossiers had an overdue portal sync; re-added`);
    return { added: overdue.length };
  }
}
