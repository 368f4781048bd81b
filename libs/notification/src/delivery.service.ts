import { Injectable } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { Clock } from '@motcua/common';
import type { DeliveryChannel } from './channels/delivery-channel.types';
import { EmailChannelService } from './channels/email-channel.service';
import { WebhookChannelService } from './channels/webhook-channel.service';
import { NotificationRepository } from './notification.repository';
import { type Channel, CHANNELS } from './notification.types';
import { RecipientService } from './recipient.service';

export type DeliveryResult = { delivered: true } | { delivered: false; reason: 'already' | 'channel_off' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Handles `deliver-notification {notificationId, channel}`. The delivery row is locked while sending, so one
 * sender at a time; once it says delivered, a redelivered job does nothing. A failed send is recorded (attempts,
 * last error) and thrown, for BullMQ to retry with backoff.
 */
@Injectable()
export class DeliveryService {
  private readonly channels: Record<Channel, DeliveryChannel>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationRepository,
    private readonly recipients: RecipientService,
    private readonly clock: Clock,
    email: EmailChannelService,
    webhook: WebhookChannelService,
  ) {
    this.channels = { email, webhook };
  }

  async deliver(notificationId: string, channel: Channel): Promise<DeliveryResult> {
    if (!UUID.test(String(notificationId))) {
      throw new UnrecoverableError(`deliver-notification: '${notificationId}' is not a notification id`);
    }
    if (!CHANNELS.includes(channel))
      throw new UnrecoverableError(`deliver-notification: no channel '${channel}'`);
    const outcome = await this.dataSource.transaction(async (manager): Promise<DeliveryResult | Error> => {
      const delivery = await this.notifications.lockDelivery(manager, notificationId, channel);
      if (!delivery)
        throw new UnrecoverableError(`deliver-notification: no ${channel} delivery of ${notificationId}`);
      if (delivery.deliveredAt) return { delivered: false, reason: 'already' };
      // Turned off since the notification was written: left undelivered, for when it is on again.
      if (!this.channels[channel].enabled) return { delivered: false, reason: 'channel_off' };
      const notification = (await this.notifications.findById(notificationId, manager))!;
      try {
        await this.channels[channel].send(notification, await this.recipients.byId(notification.userId));
      } catch (error) {
        await this.notifications.deliveryAttempted(
          manager,
          delivery.id,
          this.clock.now(),
          String((error as Error).message),
        );
        return error as Error;
      }
      await this.notifications.deliveryAttempted(manager, delivery.id, this.clock.now(), null);
      return { delivered: true };
    });
    if (outcome instanceof Error) throw outcome;
    return outcome;
  }
}
