import { Module } from '@nestjs/common';
import {
  AppConfigModule,
  ClockModule,
  DatabaseModule,
  HealthModule,
  LoggingModule,
  RedisModule,
} from '@motcua/common';
import { CatalogModule } from '@motcua/catalog';
import { IntakeModule } from '@motcua/dossier';
import { QueueModule } from '@motcua/queue';
import { MaintenanceProcessor } from './maintenance.processor';

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
  ],
  providers: [MaintenanceProcessor],
})
export class WorkerModule {}
