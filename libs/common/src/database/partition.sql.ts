import type { MonthRange } from './partition.rules';

/** The schema archived partitions are moved to, with their manifest. */
export const ARCHIVE_SCHEMA = 'archive';

export const defaultPartition = (table: string): string => `${table}_default`;
export const legacyPartition = (table: string): string => `${table}_legacy`;

const literal = (instant: Date): string => `'${instant.toISOString()}'`;

/**
 * One month's partition, its rows taken out of the default partition (where they landed while it was missing) in
 * the same transaction: attaching scans the default partition for rows of the range, so it must hold none.
 */
export const createMonthSql = (table: string, column: string, range: MonthRange): string[] => [
  `CREATE TABLE ${range.name} (LIKE ${table} INCLUDING DEFAULTS INCLUDING CONSTRAINTS)`,
  `WITH moved AS (DELETE FROM ${defaultPartition(table)}
                   WHERE ${column} >= ${literal(range.from)} AND ${column} < ${literal(range.to)} RETURNING *)
   INSERT INTO ${range.name} SELECT * FROM moved`,
  `ALTER TABLE ${table} ATTACH PARTITION ${range.name}
     FOR VALUES FROM (${literal(range.from)}) TO (${literal(range.to)})`,
];

/** Every partition of the partitioned tables: parent, name, bound as PostgreSQL prints it, rows (estimate), size. */
export const LIST_PARTITIONS_SQL = `
  SELECT parent.relname AS "table", child.relname AS name,
         pg_get_expr(child.relpartbound, child.oid) AS bound,
         greatest(child.reltuples, 0)::bigint AS "estimatedRows",
         pg_total_relation_size(child.oid) AS bytes
    FROM pg_inherits i
    JOIN pg_class parent ON parent.oid = i.inhparent
    JOIN pg_class child ON child.oid = i.inhrelid
    JOIN pg_namespace n ON n.oid = parent.relnamespace
   WHERE n.nspname = current_schema() AND parent.relname = ANY($1::text[])
   ORDER BY parent.relname, child.relname`;

const UNDELIVERED: Record<string, string | undefined> = {
  outbox: 'relayed_at IS NULL',
  portal_sync_message: `status <> 'delivered'`,
  notification_delivery: 'delivered_at IS NULL',
  citizen_notice: 'delivered_at IS NULL',
};

/**
 * Counts the rows a partition still has to deliver (an unrelayed outbox row, a portal message, a notification's
 * delivery on a channel or a citizen notice not delivered).
 */
export const undeliveredSql = (table: string, partition: string): string | null => {
  const where = UNDELIVERED[table];
  return where ? `SELECT count(*)::int AS n FROM ${partition} WHERE ${where}` : null;
};

export const ARCHIVE_MANIFEST_SQL = `
  CREATE TABLE IF NOT EXISTS ${ARCHIVE_SCHEMA}.partition_manifest (
    partition_name text PRIMARY KEY,
    parent_table text NOT NULL,
    range_from timestamptz,
    range_to timestamptz NOT NULL,
    row_count bigint NOT NULL,
    sha256 char(64) NOT NULL,
    archived_at timestamptz NOT NULL
  )`;
