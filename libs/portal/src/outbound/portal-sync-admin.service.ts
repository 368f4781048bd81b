import { Injectable } from '@nestjs/common';
import { Clock } from '@motcua/common';
import { jobId, JobName, OutboxRepository } from '@motcua/queue';
import { PortalSyncErrorCode, PortalSyncException } from './portal-sync.exception';
import { PortalSyncRepository } from './portal-sync.repository';
import { type ParkedMessageView, toParkedView } from './parked-message.view';

const LIST_LIMIT = 500;

/** Parked messages: what an administrator sees and sends again once the portal's problem is fixed. */
@Injectable()
export class PortalSyncAdminService {
  constructor(
    private readonly messages: PortalSyncRepository,
    private readonly outbox: OutboxRepository,
    private readonly clock: Clock,
  ) {}

  async parked(): Promise<ParkedMessageView[]> {
    return (await this.messages.parked(LIST_LIMIT)).map(toParkedView);
  }

  /** Back to pending with its attempts reset, and the dossier's sync enqueued (in one transaction). */
  async replay(id: string): Promise<{ id: string; status: 'pending' }> {
    await this.messages.transaction(async (manager) => {
      const message = await this.messages.unpark(manager, id);
      if (!message) {
        throw new PortalSyncException(PortalSyncErrorCode.NotParked, `no parked portal sync message ${id}`);
      }
      await this.outbox.append(manager, [
        {
          job: { name: JobName.SyncDossier, data: { dossierId: message.dossierId } },
          jobId: jobId('sync', message.dossierId, message.seq, 'replay', this.clock.now().getTime()),
        },
      ]);
    });
    return { id, status: 'pending' };
  }
}
