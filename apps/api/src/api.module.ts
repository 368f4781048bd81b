import { Module } from '@nestjs/common';
import { CatalogModule, ProceduresModule } from '@motcua/catalog';
import {
  AppConfigModule,
  ClockModule,
  DatabaseModule,
  HealthModule,
  HttpCommonModule,
  LoggingModule,
  RedisModule,
} from '@motcua/common';
import { DossierModule } from '@motcua/dossier';
import { IdentityModule } from '@motcua/identity';

@Module({
  imports: [
    AppConfigModule.forRoot(),
    ClockModule,
    LoggingModule,
    DatabaseModule,
    RedisModule,
    HttpCommonModule,
    HealthModule,
    CatalogModule,
    ProceduresModule,
    IdentityModule,
    DossierModule,
  ],
})
export class ApiModule {}
