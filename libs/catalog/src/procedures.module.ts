import { Module } from '@nestjs/common';
import { CatalogModule } from './catalog.module';
import { CalendarController } from './calendar.controller';
import { ProceduresController } from './procedures.controller';

/** The procedures and calendar HTTP API; only the api imports it (the worker shares CatalogModule, not its routes). */
@Module({ imports: [CatalogModule], controllers: [ProceduresController, CalendarController] })
export class ProceduresModule {}
