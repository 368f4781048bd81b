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
  ],
})
export class ApiModule {}
