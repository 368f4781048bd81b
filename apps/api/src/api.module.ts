import { Module } from '@nestjs/common';
import { CatalogModule, ProceduresModule } from '@motcua/catalog';
import {
  AppConfigModule,
  ClockModule,
  DatabaseModule,
  HealthModule,
  HttpCommonModule,
  LoggingModule,
  MetricsModule,
  RateCounterModule,
  RedisModule,
  StorageModule,
} from '@motcua/common';
import { DossierModule } from '@motcua/dossier';
import { FormsModule } from '@motcua/forms';
import { IdentityModule } from '@motcua/identity';
import { SimulationModule } from '@motcua/improvement';
import { CitizenNoticeModule, NotificationModule } from '@motcua/notification';
import { PortalInboundModule, PortalPublicModule, PortalSyncModule } from '@motcua/portal';
import { ReportModule } from '@motcua/report';
import { ReviewPackModule, StepAnalyticsModule } from '@motcua/improvement';
import { ResultModule } from '@motcua/result';
import { VersionController } from './version.controller';
import { WebModule } from './web.module';

@Module({
  imports: [
    AppConfigModule.forRoot(),
    ClockModule,
    LoggingModule,
    DatabaseModule,
    RedisModule,
    RateCounterModule,
    StorageModule,
    HttpCommonModule,
    HealthModule,
    MetricsModule,
    CatalogModule,
    ProceduresModule,
    IdentityModule,
    DossierModule,
    FormsModule,
    NotificationModule,
    CitizenNoticeModule,
    PortalPublicModule,
    PortalSyncModule,
    PortalInboundModule,
    ReportModule,
    SimulationModule,
    ReviewPackModule,
    StepAnalyticsModule,
    ResultModule,
    WebModule,
  ],
  controllers: [VersionController],
})
export class ApiModule {}
