import { Module } from '@nestjs/common';
import {
  AppConfigModule,
  ClockModule,
  DatabaseModule,
  HealthModule,
  LoggingModule,
  MetricsModule,
  PartitionModule,
  QueueMetricsModule,
  RedisModule,
} from '@motcua/common';
import { CatalogModule } from '@motcua/catalog';
import { DeadlineModule, IntakeModule } from '@motcua/dossier';
import { CitizenNoticeModule, NotificationWorkerModule } from '@motcua/notification';
import { PortalSyncWorkerModule } from '@motcua/portal';
import { QueueModule } from '@motcua/queue';
import { DeadlineProcessor } from './deadline.processor';
import { IntakeProcessor } from './intake.processor';
import { MaintenanceProcessor } from './maintenance.processor';
import { NotificationProcessor } from './notification.processor';
import { PeriodicJobsService } from './periodic-jobs.service';
import { PortalSyncProcessor } from './portal-sync.processor';

@Module({
  imports: [
    AppConfigModule.forRoot(),
    ClockModule,
    LoggingModule,
    DatabaseModule,
    PartitionModule,
    RedisModule,
    HealthModule,
    CatalogModule,
    QueueModule.forWorker(),
    PortalSyncWorkerModule,
    IntakeModule,
    DeadlineModule,
    CitizenNoticeModule,
    NotificationWorkerModule,
    MetricsModule,
    QueueMetricsModule,
  ],
  providers: [
    IntakeProcessor,
    MaintenanceProcessor,
    DeadlineProcessor,
    NotificationProcessor,
    PortalSyncProcessor,
    PeriodicJobsService,
  ],
})
export class WorkerModule {}
