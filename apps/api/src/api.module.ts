import { Module } from '@nestjs/common';
import { AppConfigModule, DatabaseModule, HealthModule, RedisModule } from '@motcua/common';
import { CatalogModule } from '@motcua/catalog';

@Module({ imports: [AppConfigModule.forRoot(), DatabaseModule, RedisModule, HealthModule, CatalogModule] })
export class ApiModule {}
