import type { QueryRunner } from 'typeorm';
import { legacyUpperBound, monthStart, monthsToEnsure } from './partition.rules';
import { createMonthSql, defaultPartition, legacyPartition } from './partition.sql';

/** A table as it is before it is partitioned: its keys, indexes and foreign keys, named as they are. */
export interface TableShape {
  table: string;
  column: string;
  sequence: string | null;
  primary: string[];
  uniques: Array<{ name: string; columns: string[] }>;
  indexes: Array<{ name: string; definition: string }>;
  foreignKeys: Array<{ name: string; definition: string }>;
}

const legacyName = (shape: TableShape, name: string): string =>
  name.startsWith(shape.table)
    ? `${legacyPartition(shape.table)}${name.slice(shape.table.length)}`
    : `${legacyPartition(shape.table)}_${name}`;

const cols = (columns: string[]): string => columns.join(', ');

/**
 * Partitions `shape.table` by month without copying a row (docs/deployment.md "Migrating an existing database"): the
 * unique indexes of the keys with the partition column built CONCURRENTLY and a CHECK of the bound validated while
 * writes go on, then one short transaction swaps in the partitioned table with the old one attached whole as
 * `<table>_legacy`. Outside a transaction; each step can run again after a failure.
 */
export async function partitionTable(q: QueryRunner, shape: TableShape, now: Date): Promise<void> {
  const { table, column } = shape;
  const legacy = legacyPartition(table);
  const keys = [
    { name: `${table}_pkey`, columns: shape.primary, primary: true },
    ...shape.uniques.map((u) => ({ ...u, primary: false })),
  ];
  const [{ latest }] = (await q.query(`SELECT max(${column}) AS latest FROM ${table}`)) as Array<{
    latest: Date | null;
  }>;
  const first = legacyUpperBound(now, latest);
  const bound = monthStart(first).toISOString();
  for (const key of keys) {
    await q.query(`DROP INDEX IF EXISTS ${legacyName(shape, key.name)}`);
    await q.query(
      `CREATE UNIQUE INDEX CONCURRENTLY ${legacyName(shape, key.name)} ON ${table} (${cols([...key.columns, column])})`,
    );
  }
  await q.query(`ALTER TABLE ${table} DROP CONSTRAINT IF EXISTS ${legacy}_bound`);
  await q.query(
    `ALTER TABLE ${table} ADD CONSTRAINT ${legacy}_bound CHECK (${column} < '${bound}') NOT VALID`,
  );
  await q.query(`ALTER TABLE ${table} VALIDATE CONSTRAINT ${legacy}_bound`);

  await q.startTransaction();
  try {
    await q.query(`SET LOCAL lock_timeout = '10s'`);
    await q.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
    const [{ any }] = (await q.query(`SELECT EXISTS (SELECT 1 FROM ${table}) AS any`)) as Array<{
      any: boolean;
    }>;
    await q.query(`ALTER TABLE ${table} RENAME TO ${legacy}`);
    for (const key of keys) {
      await q.query(`ALTER TABLE ${legacy} DROP CONSTRAINT ${key.name}`);
      await q.query(
        `ALTER TABLE ${legacy} ADD CONSTRAINT ${legacyName(shape, key.name)}
           ${key.primary ? 'PRIMARY KEY' : 'UNIQUE'} USING INDEX ${legacyName(shape, key.name)}`,
      );
    }
    for (const index of shape.indexes)
      await q.query(`ALTER INDEX ${index.name} RENAME TO ${legacyName(shape, index.name)}`);

    await q.query(
      `CREATE TABLE ${table} (LIKE ${legacy} INCLUDING DEFAULTS INCLUDING CONSTRAINTS) PARTITION BY RANGE (${column})`,
    );
    await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${legacy}_bound`);
    if (shape.sequence) await q.query(`ALTER SEQUENCE ${shape.sequence} OWNED BY ${table}.id`);
    for (const key of keys)
      await q.query(
        `ALTER TABLE ${table} ADD CONSTRAINT ${key.name} ${key.primary ? 'PRIMARY KEY' : 'UNIQUE'} (${cols([...key.columns, column])})`,
      );
    for (const index of shape.indexes)
      await q.query(`CREATE INDEX ${index.name} ON ${table} ${index.definition}`);
    for (const fk of shape.foreignKeys)
      await q.query(`ALTER TABLE ${table} ADD CONSTRAINT ${fk.name} ${fk.definition}`);

    if (any)
      await q.query(
        `ALTER TABLE ${table} ATTACH PARTITION ${legacy} FOR VALUES FROM (MINVALUE) TO ('${bound}')`,
      );
    else await q.query(`DROP TABLE ${legacy}`);
    await q.query(`CREATE TABLE ${defaultPartition(table)} PARTITION OF ${table} DEFAULT`);
    const months = any ? monthsToEnsure(table, now, first) : monthsToEnsure(table, now);
    for (const range of months) for (const sql of createMonthSql(table, column, range)) await q.query(sql);
    await q.commitTransaction();
  } catch (error) {
    await q.rollbackTransaction();
    throw error;
  }
}

/** Back to one table: every attached partition's rows copied into it (archived partitions stay in `archive`). */
export async function flattenTable(q: QueryRunner, shape: TableShape): Promise<void> {
  const { table } = shape;
  await q.startTransaction();
  try {
    await q.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
    await q.query(`CREATE TABLE ${table}_flat (LIKE ${table} INCLUDING DEFAULTS INCLUDING CONSTRAINTS)`);
    await q.query(`INSERT INTO ${table}_flat SELECT * FROM ${table}`);
    if (shape.sequence) await q.query(`ALTER SEQUENCE ${shape.sequence} OWNED BY ${table}_flat.id`);
    await q.query(`DROP TABLE ${table}`);
    await q.query(`ALTER TABLE ${table}_flat RENAME TO ${table}`);
    await q.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_pkey PRIMARY KEY (${cols(shape.primary)})`);
    for (const u of shape.uniques)
      await q.query(`ALTER TABLE ${table} ADD CONSTRAINT ${u.name} UNIQUE (${cols(u.columns)})`);
    for (const index of shape.indexes)
      await q.query(`CREATE INDEX ${index.name} ON ${table} ${index.definition}`);
    for (const fk of shape.foreignKeys)
      await q.query(`ALTER TABLE ${table} ADD CONSTRAINT ${fk.name} ${fk.definition}`);
    await q.commitTransaction();
  } catch (error) {
    await q.rollbackTransaction();
    throw error;
  }
}
