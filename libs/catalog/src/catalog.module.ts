import { Logger, Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Clock, EnvData } from '@motcua/common';
import { formatSourceError } from '@motcua/source';
import type { Catalog } from './catalog.types';
import { loadCatalog } from './catalog-loader.service';
import { ProcedureVersionEntity } from './procedure-version.entity';
import { ProcedureVersionRepository } from './procedure-version.repository';
import { ProcedureRevisionsService } from './procedure-revisions.service';
import { CATALOG } from './catalog.config';
import { InvalidCatalogError } from './catalog.exception';

@Module({
  imports: [TypeOrmModule.forFeature([ProcedureVersionEntity])],
  providers: [
    {
      provide: CATALOG,
      inject: [EnvData],
      useFactory: (env: EnvData): Catalog => {
        const { dir, lang } = env.workflows;
        const { catalog, errors, warnings } = loadCatalog(dir, undefined, { lang });
        const logger = new Logger('Catalog');
        warnings.forEach((w) => logger.warn(w));
        if (!catalog) {
          throw new InvalidCatalogError(
            `invalid workflow files:\n${errors.map(formatSourceError).join('\n')}`,
          );
        }
        logger.log(
          `${catalog.procedures.length} procedures, ${catalog.org.units.length} units loaded from ${dir}`,
        );
        return catalog;
      },
    },
    ProcedureVersionRepository,
    ProcedureRevisionsService,
  ],
  exports: [CATALOG, ProcedureVersionRepository, ProcedureRevisionsService],
})
export class CatalogModule implements OnModuleInit {
  constructor(
    private readonly revisions: ProcedureRevisionsService,
    private readonly clock: Clock,
    private readonly env: EnvData,
  ) {}

  // Before anything serves a request or a job, the loaded files are recorded as revisions.
  async onModuleInit(): Promise<void> {
    await this.revisions.sync(this.clock.now(), this.env.workflows.lang);
  }
}
