import { Module } from '@nestjs/common';
import { CatalogModule } from './catalog.module';
import { ProceduresController } from './procedures.controller';

/** The procedures HTTP API; only the api process imports it (the worker shares CatalogModule, not its routes). */
@Module({ imports: [CatalogModule], controllers: [ProceduresController] })
export class ProceduresModule {}
