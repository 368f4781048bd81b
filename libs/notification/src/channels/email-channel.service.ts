import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type { NotificationEntity } from '../notification.entity';
import { NOTIFICATION_CONFIG, type NotificationConfig } from '../notification.config';
import type { Recipient } from '../recipient.rules';
import type { DeliveryChannel } from './delivery-channel.types';

/**
 * Sends each notification by SMTP to NOTIFY_EMAIL_TO (users in org.yaml have no address of their own), naming
 * the user it was meant for. Off unless SMTP_URL and NOTIFY_EMAIL_TO are set.
 */
@Injectable()
export class EmailChannelService implements DeliveryChannel, OnModuleDestroy {
  private transporter?: Transporter;

  constructor(@Inject(NOTIFICATION_CONFIG) private readonly config: NotificationConfig) {}

  get enabled(): boolean {
    return this.config.email !== null;
  }

  async send(notification: NotificationEntity, recipient: Recipient | null): Promise<void> {
    const email = this.config.email;
    if (!email) throw new Error('the e-mail channel is off');
    this.transporter ??= createTransport(email.smtpUrl);
    const greeting = recipient ? `Kính gửi: ${recipient.fullName} (${recipient.username}).\n\n` : '';
    await this.transporter.sendMail({
      from: email.from,
      to: email.to,
      subject: notification.title,
      text: `${greeting}${notification.body}\n`,
      headers: { 'X-Motcua-Notification': notification.id },
    });
  }

  onModuleDestroy(): void {
    this.transporter?.close();
  }
}
