import type { MigrationInterface, QueryRunner } from 'typeorm';
import { legacyUpperBound, monthStart, monthsToEnsure } from '../partition.rules';
import { createMonthSql, defaultPartition, legacyPartition } from '../partition.sql';

interface TableShape {
  table: string;
  column: string;
  sequence: string | null;
  primary: string[];
  uniques: Array<{ name: string; columns: string[] }>;
  indexes: Array<{ name: string; definition: string }>;
  foreignKeys: Array<{ name: string; definition: string }>;
}

// The tables as the earlier migrations left them.
const SHAPES: TableShape[] = [
  {
    table: 'dossier_event',
    column: 'occurred_at',
    sequence: 'dossier_event_id_seq',
    primary: ['id'],
    uniques: [{ name: 'dossier_event_version_key', columns: ['dossier_id', 'version'] }],
    indexes: [{ name: 'dossier_event_extend_idx', definition: `(occurred_at) WHERE action = 'extend'` }],
    foreignKeys: [
      {
        name: 'dossier_event_dossier_id_fkey',
        definition: 'FOREIGN KEY (dossier_id) REFERENCES dossier(id)',
      },
    ],
  },
  {
    table: 'outbox',
    column: 'created_at',
    sequence: 'outbox_id_seq',
    primary: ['id'],
    uniques: [],
    indexes: [{ name: 'outbox_pending_idx', definition: '(id) WHERE relayed_at IS NULL' }],
    foreignKeys: [],
  },
  {
    table: 'portal_sync_message',
    column: 'created_at',
    sequence: null,
    primary: ['id'],
    uniques: [{ name: 'portal_sync_message_seq_key', columns: ['dossier_id', 'seq'] }],
    indexes: [
      { name: 'portal_sync_parked_idx', definition: `(created_at) WHERE status = 'parked'` },
      { name: 'portal_sync_pending_idx', definition: `(next_attempt_at) WHERE status = 'pending'` },
      { name: 'portal_sync_undelivered_idx', definition: `(dossier_id, seq) WHERE status <> 'delivered'` },
    ],
    foreignKeys: [
      {
        name: 'portal_sync_message_dossier_id_fkey',
        definition: 'FOREIGN KEY (dossier_id) REFERENCES dossier(id)',
      },
    ],
  },
];

const legacyName = (shape: TableShape, name: string): string =>
  name.startsWith(shape.table)
    ? `${legacyPartition(shape.table)}${name.slice(shape.table.length)}`
    : `${legacyPartition(shape.table)}_${name}`;

const cols = (columns: string[]): string => columns.join(', ');

/**
 * `dossier_event`, `outbox` and `portal_sync_message` become range-partitioned by month (Vietnam time) on the
 * instant of their row (docs/deployment.md "Partitions and archiving": monthly, not yearly, by measurement). A
 * partitioned table's unique keys must hold the partition key, so each key gains that column; what keeps
 * (dossier_id, version) and (dossier_id, seq) unique across months is the ledger writing them only under the
 * dossier's versioned row update (see the doc).
 *
 * Without copying a row: the existing table is attached whole as the partition `<table>_legacy` below the first
 * monthly one. What would take long under a lock is done first, while writes go on: the new keys' unique indexes
 * are built CONCURRENTLY and a CHECK of the bound is validated (which lets ATTACH skip its scan). Then one short
 * transaction per table renames the table, turns those indexes into its constraints, creates the partitioned
 * table, attaches the old one, and adds the default partition and the months ahead. Measured on the bench's
 * 1,000,000 dossiers: see the doc. Outside a transaction (CREATE INDEX CONCURRENTLY cannot run in one); each step
 * can run again after a failure.
 */
export class TimePartitions1765400000000 implements MigrationInterface {
  name = 'TimePartitions1765400000000';
  transaction = false as const;

  async up(q: QueryRunner): Promise<void> {
    for (const shape of SHAPES) await partition(q, shape, new Date());
  }

  async down(q: QueryRunner): Promise<void> {
    for (const shape of [...SHAPES].reverse()) await flatten(q, shape);
  }
}

async function partition(q: QueryRunner, shape: TableShape, now: Date): Promise<void> {
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
async function flatten(q: QueryRunner, shape: TableShape): Promise<void> {
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
