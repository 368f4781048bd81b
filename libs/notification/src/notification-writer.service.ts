import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { jobId, JobName, OutboxRepository } from '@motcua/queue';
import { NOTIFICATION_CONFIG, type NotificationConfig } from './notification.config';
import type { NotificationEntity } from './notification.entity';
import { type NotificationDraft, NotificationRepository } from './notification.repository';
import type { Channel } from './notification.types';

/**
 * Writes in-app notifications and, in the same transaction, a delivery row and an outbox job for each outside
 * channel that is on. A draft whose dedupe key exists already is skipped, with its deliveries.
 */
@Injectable()
export class NotificationWriterService {
  private readonly channels: Channel[];

  constructor(
    private readonly notifications: NotificationRepository,
    private readonly outbox: OutboxRepository,
    @Inject(NOTIFICATION_CONFIG) config: NotificationConfig,
  ) {
    this.channels = [
      ...(config.email ? ['email' as const] : []),
      ...(config.webhook ? ['webhook' as const] : []),
    ];
  }

  async write(manager: EntityManager, drafts: NotificationDraft[], now: Date): Promise<NotificationEntity[]> {
    const created = await this.notifications.insertNew(manager, drafts);
    const ids = created.map((n) => n.id);
    await this.notifications.insertDeliveries(manager, ids, this.channels, now);
    await this.outbox.append(
      manager,
      ids.flatMap((notificationId) =>
        this.channels.map((channel) => ({
          job: { name: JobName.DeliverNotification, data: { notificationId, channel } },
          jobId: jobId('deliver', notificationId, channel),
        })),
      ),
    );
    return created;
  }
}
