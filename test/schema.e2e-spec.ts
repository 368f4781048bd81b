import { DataSource } from 'typeorm';
import { databaseOptions, loadEnvironment } from '@motcua/common';
import { resetDatabase } from './support/app';

/** Every entity of the libraries, as the processes register them (autoLoadEntities) between them. */
const ENTITIES = `${__dirname}/../libs/*/src/**/*.entity.ts`;

/**
 * What only the migrations declare, which the schema builder would drop: foreign keys, CHECK and UNIQUE
 * constraints, and indexes (partial, expression, trigram: see each migration). The entities declare the columns.
 */
const UNDECLARED = /^(DROP INDEX "public"\."[a-z_]+"|ALTER TABLE "[a-z_]+" DROP CONSTRAINT "[a-z_]+")$/;

describe('the schema', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    await resetDatabase();
    dataSource = await new DataSource({
      ...databaseOptions(loadEnvironment().DATABASE_URL),
      entities: [ENTITIES],
    }).initialize();
  });

  afterAll(() => dataSource?.destroy());

  it('made by the migrations has the tables, columns, types, nullability and defaults the entities declare', async () => {
    const { upQueries } = await dataSource.driver.createSchemaBuilder().log();
    const changes = upQueries.map((q) => q.query).filter((sql) => !UNDECLARED.test(sql));
    expect(changes).toEqual([]);
  });
});
