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
  RedisModule,
} from '@motcua/common';
import { DossierModule } from '@motcua/dossier';
import { IdentityModule } from '@motcua/identity';
import { NotificationModule } from '@motcua/notification';
import { PortalInboundModule, PortalPublicModule, PortalSyncModule } from '@motcua/portal';

@Module({
  imports: [
    AppConfigModule.forRoot(),
    ClockModule,
    LoggingModule,
    DatabaseModule,
    RedisModule,
    HttpCommonModule,
    HealthModule,
    MetricsModule,
    CatalogModule,
    ProceduresModule,
    IdentityModule,
    DossierModule,
    NotificationModule,
    PortalPublicModule,
    PortalSyncModule,
    PortalInboundModule,
  ],
})
export class ApiModule {}
