import { Global, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@motcua/catalog';
import { EnvData } from '@motcua/common';
import { DossierLedgerModule, REPROJECTION_NOTIFIER } from '@motcua/dossier';
import { UserModule } from '@motcua/identity';
import { ApologyReminderEntity } from './apology-reminder.entity';
import { ApologyService } from './apology.service';
import { CitizenEmailChannelService } from './citizen/citizen-email-channel.service';
import { CitizenNoticeDeliveryService } from './citizen/citizen-notice-delivery.service';
import { CitizenNoticeEntity } from './citizen/citizen-notice.entity';
import { CitizenNoticeRepository } from './citizen/citizen-notice.repository';
import { SmsChannelService } from './citizen/sms-channel.service';
import { EmailChannelService } from './channels/email-channel.service';
import { WebhookChannelService } from './channels/webhook-channel.service';
import { DeliveryService } from './delivery.service';
import { EscalationEntity } from './escalation.entity';
import { EscalationRepository } from './escalation.repository';
import { EscalationService } from './escalation.service';
import { NOTIFICATION_CONFIG } from './notification.config';
import { NotificationDeliveryEntity } from './notification-delivery.entity';
import { NotificationEntity } from './notification.entity';
import { NotificationSweepService } from './notification-sweep.service';
import { NotificationRepository } from './notification.repository';
import { NotificationWriterService } from './notification-writer.service';
import { RecipientService } from './recipient.service';
import { SupplementWaitNotifierService } from './supplement-wait-notifier.service';
import { ReprojectionNoticeService } from './reprojection-notice.service';

/**
 * The worker's part: escalation, apology reminders, delivery on e-mail and webhook, the citizen's notices (SMS,
 * e-mail), and the sweep that restores their jobs; CitizenNoticeModule (global) gives their configuration. Needs
 * the queues and the outbox of QueueModule.forWorker(); the processor lives in apps/worker.
 * Global for REPROJECTION_NOTIFIER, which libs/dossier's re-projection calls without importing this library.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([
      NotificationEntity,
      NotificationDeliveryEntity,
      EscalationEntity,
      ApologyReminderEntity,
      CitizenNoticeEntity,
    ]),
    DossierLedgerModule,
    CatalogModule,
    UserModule,
  ],
  providers: [
    {
      provide: NOTIFICATION_CONFIG,
      inject: [EnvData],
      useFactory: (env: EnvData) => {
        const read = env.notification;
        const logger = new Logger('Notifications');
        read.warnings.forEach((w) => logger.warn(w));
        logger.log(`channels: in-app${read.email ? ', e-mail' : ''}${read.webhook ? ', webhook' : ''}`);
        return read;
      },
    },
    NotificationRepository,
    EscalationRepository,
    RecipientService,
    NotificationWriterService,
    EscalationService,
    ApologyService,
    EmailChannelService,
    WebhookChannelService,
    DeliveryService,
    NotificationSweepService,
    SupplementWaitNotifierService,
    ReprojectionNoticeService,
    CitizenNoticeRepository,
    SmsChannelService,
    CitizenEmailChannelService,
    CitizenNoticeDeliveryService,
    { provide: REPROJECTION_NOTIFIER, useExisting: ReprojectionNoticeService },
  ],
  exports: [
    EscalationService,
    ApologyService,
    DeliveryService,
    CitizenNoticeDeliveryService,
    NotificationSweepService,
    SupplementWaitNotifierService,
    REPROJECTION_NOTIFIER,
  ],
})
export class NotificationWorkerModule {}
