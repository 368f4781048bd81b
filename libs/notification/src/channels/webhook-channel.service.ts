import { Inject, Injectable } from '@nestjs/common';
import { toVietnamIso } from '@motcua/calendar';
import type { NotificationEntity } from '../notification.entity';
import { NOTIFICATION_CONFIG, type NotificationConfig } from '../notification.config';
import type { Recipient } from '../recipient.rules';
import { SIGNATURE_HEADER, signBody } from '../webhook-signature.rules';
import type { DeliveryChannel } from './delivery-channel.types';

const TIMEOUT_MS = 10_000;

/** The JSON body POSTed to NOTIFY_WEBHOOK_URL. */
export const webhookPayload = (n: NotificationEntity, recipient: Recipient | null) => ({
  id: n.id,
  kind: n.kind,
  flag: n.flag,
  level: n.level,
  dossierCode: n.dossierCode,
  title: n.title,
  body: n.body,
  createdAt: toVietnamIso(n.createdAt),
  recipient: recipient?.username ?? null,
});

/** POSTs each notification, signed with HMAC-SHA256; anything but a 2xx answer is retried by the queue. */
@Injectable()
export class WebhookChannelService implements DeliveryChannel {
  constructor(@Inject(NOTIFICATION_CONFIG) private readonly config: NotificationConfig) {}

  get enabled(): boolean {
    return this.config.webhook !== null;
  }

  async send(notification: NotificationEntity, recipient: Recipient | null): Promise<void> {
    const webhook = this.config.webhook;
    if (!webhook) throw new Error('the webhook channel is off');
    const body = JSON.stringify(webhookPayload(notification, recipient));
    const res = await fetch(webhook.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        [SIGNATURE_HEADER]: signBody(webhook.secret, body),
        'X-Motcua-Delivery': notification.id,
      },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await res.body?.cancel();
    if (!res.ok) throw new Error(`webhook answered ${res.status}`);
  }
}
