import { Module } from '@nestjs/common';
import {
  AppConfigModule,
  ClockModule,
  DatabaseModule,
  HealthModule,
  LoggingModule,
  MetricsModule,
  QueueMetricsModule,
  RedisModule,
} from '@motcua/common';
import { CatalogModule } from '@motcua/catalog';
import { DeadlineModule, IntakeModule } from '@motcua/dossier';
import { NotificationWorkerModule } from '@motcua/notification';
import { QueueModule } from '@motcua/queue';
import { DeadlineProcessor } from './deadline.processor';
import { MaintenanceProcessor } from './maintenance.processor';
import { NotificationProcessor } from './notification.processor';

@Module({
  imports: [
    AppConfigModule.forRoot(),
    ClockModule,
    LoggingModule,
    DatabaseModule,
    RedisModule,
    HealthModule,
    CatalogModule,
    QueueModule.forWorker(),
    IntakeModule,
    DeadlineModule,
    NotificationWorkerModule,
    MetricsModule,
    QueueMetricsModule,
  ],
  providers: [MaintenanceProcessor, DeadlineProcessor, NotificationProcessor],
})
export class WorkerModule {}
