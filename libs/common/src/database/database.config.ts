import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';
import { PreparedStatementClientService } from './prepared-statement-client.service';

/** Options shared by the Nest processes, the migration script and the tests. Entities register per module. */
export const databaseOptions = (url: string): DataSourceOptions => ({
  type: 'postgres',
  url,
  synchronize: false,
  migrationsRun: false,
  migrations: MIGRATIONS,
  migrationsTableName: 'migrations',
  applicationName: 'motcua',
  // Repeated statements are parsed once per connection (see PreparedStatementClientService).
  extra: { max: 20, Client: PreparedStatementClientService },
});
