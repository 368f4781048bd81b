import { Module, type Type } from '@nestjs/common';
import { CatalogModule } from '@motcua/catalog';
import { AppConfigModule, ClockModule, DatabaseModule, MetricsModule, StorageModule } from '@motcua/common';
import { DossierModule } from '@motcua/dossier';
import { CitizenNoticeModule } from '@motcua/notification';
import { PortalSyncModule } from '@motcua/portal';

/**
 * What `procedures:migrate` needs of the api: the catalog, the dossier write path, the portal sync writer and the
 * citizen's notices. Made when the command runs, since the configuration module reads the environment, which other
 * commands do not need.
 */
export function migrationCliModule(): Type<unknown> {
  @Module({
    imports: [
      AppConfigModule.forRoot(),
      ClockModule,
      DatabaseModule,
      MetricsModule,
      // The dossier module serves the dossier's files too; the migration touches none, but its providers need the store.
      StorageModule,
      CatalogModule,
      PortalSyncModule,
      CitizenNoticeModule,
      DossierModule,
    ],
  })
  class MigrationCliModule {}
  return MigrationCliModule;
}
