import { Inject, Logger, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Environment } from '@motcua/common';
import { formatSourceError } from '@motcua/source';
import type { Catalog } from './catalog';
import { loadCatalog } from './catalog.loader';
import { ProcedureVersionEntity } from './procedure-version.entity';
import { ProcedureVersionRepository } from './procedure-version.repository';

export const CATALOG = Symbol('CATALOG');

export class InvalidCatalogError extends Error {}

@Module({
  imports: [TypeOrmModule.forFeature([ProcedureVersionEntity])],
  providers: [
    {
      provide: CATALOG,
      inject: [ConfigService],
      useFactory: (config: ConfigService<Environment, true>): Catalog => {
        const dir = config.get('WORKFLOWS_DIR', { infer: true });
        const { catalog, errors, warnings } = loadCatalog(dir);
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
  ],
  exports: [CATALOG, ProcedureVersionRepository],
})
export class CatalogModule implements OnApplicationBootstrap {
  constructor(
    @Inject(CATALOG) private readonly catalog: Catalog,
    private readonly versions: ProcedureVersionRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.versions.sync(this.catalog.procedures, new Date());
  }
}
