import type { NotificationEntity } from '../notification.entity';
import type { Recipient } from '../recipient.rules';

/** An outside channel a notification is delivered on; `send` throws when it should be retried. */
export interface DeliveryChannel {
  readonly enabled: boolean;
  send(notification: NotificationEntity, recipient: Recipient | null): Promise<void>;
}
