import type { MigrationInterface, QueryRunner } from 'typeorm';
import { legacyPartition } from '../partition.sql';
import { flattenTable, partitionTable, type TableShape } from '../partitioning.sql';

/** A key a partitioned table can no longer keep unique across months, held by a small unpartitioned table. */
interface OnceTable {
  /** The partitioned table whose rows it keys. */
  table: string;
  once: string;
  create: string;
  /** Its columns, as taken from a row of `table` (`NEW` in the trigger, the table's rows when filled). */
  columns: string[];
  values: (row: string) => string[];
}

const ONCE: OnceTable[] = [
  {
    table: 'notification',
    once: 'notification_once',
    create: `CREATE TABLE IF NOT EXISTS notification_once (
      dedupe_key varchar(200) PRIMARY KEY,
      notification_id uuid NOT NULL UNIQUE,
      created_at timestamptz NOT NULL)`,
    columns: ['dedupe_key', 'notification_id', 'created_at'],
    values: (r) => [`${r}.dedupe_key`, `${r}.id`, `${r}.created_at`],
  },
  {
    table: 'notification_delivery',
    once: 'notification_delivery_once',
    create: `CREATE TABLE IF NOT EXISTS notification_delivery_once (
      notification_id uuid NOT NULL REFERENCES notification_once (notification_id),
      channel varchar(16) NOT NULL,
      PRIMARY KEY (notification_id, channel))`,
    columns: ['notification_id', 'channel'],
    values: (r) => [`${r}.notification_id`, `${r}.channel`],
  },
  {
    table: 'citizen_notice',
    once: 'citizen_notice_once',
    create: `CREATE TABLE IF NOT EXISTS citizen_notice_once (
      dossier_id uuid NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
      dossier_version integer NOT NULL,
      kind varchar(24) NOT NULL,
      channel varchar(8) NOT NULL,
      notice_id uuid NOT NULL UNIQUE,
      PRIMARY KEY (dossier_id, dossier_version, kind, channel))`,
    columns: ['dossier_id', 'dossier_version', 'kind', 'channel', 'notice_id'],
    values: (r) => [`${r}.dossier_id`, `${r}.dossier_version`, `${r}.kind`, `${r}.channel`, `${r}.id`],
  },
];

// The tables as the earlier migrations left them, but for the delivery's foreign key, which this migration points
// at `notification_once` (a partitioned `notification` is unique on (id, created_at) only).
const SHAPES: TableShape[] = [
  {
    table: 'notification',
    column: 'created_at',
    sequence: null,
    primary: ['id'],
    uniques: [{ name: 'notification_dedupe_key', columns: ['dedupe_key'] }],
    indexes: [
      { name: 'notification_user_idx', definition: '(user_id, created_at DESC, id DESC)' },
      {
        name: 'notification_unread_idx',
        definition: '(user_id, created_at DESC, id DESC) WHERE read_at IS NULL',
      },
    ],
    foreignKeys: [
      { name: 'notification_user_id_fkey', definition: 'FOREIGN KEY (user_id) REFERENCES app_user(id)' },
      { name: 'notification_dossier_id_fkey', definition: 'FOREIGN KEY (dossier_id) REFERENCES dossier(id)' },
    ],
  },
  {
    table: 'notification_delivery',
    column: 'created_at',
    sequence: 'notification_delivery_id_seq',
    primary: ['id'],
    uniques: [{ name: 'notification_delivery_key', columns: ['notification_id', 'channel'] }],
    indexes: [
      { name: 'notification_delivery_pending_idx', definition: '(created_at) WHERE delivered_at IS NULL' },
    ],
    foreignKeys: [
      {
        name: 'notification_delivery_notification_id_fkey',
        definition: 'FOREIGN KEY (notification_id) REFERENCES notification_once(notification_id)',
      },
    ],
  },
  {
    table: 'citizen_notice',
    column: 'created_at',
    sequence: null,
    primary: ['id'],
    uniques: [{ name: 'citizen_notice_key', columns: ['dossier_id', 'dossier_version', 'kind', 'channel'] }],
    indexes: [{ name: 'citizen_notice_pending_idx', definition: '(created_at) WHERE delivered_at IS NULL' }],
    foreignKeys: [
      {
        name: 'citizen_notice_dossier_id_fkey',
        definition: 'FOREIGN KEY (dossier_id) REFERENCES dossier(id) ON DELETE CASCADE',
      },
    ],
  },
];

const DELIVERY_FK = 'notification_delivery_notification_id_fkey';

/**
 * `notification`, `notification_delivery` and `citizen_notice` become range-partitioned by month on `created_at`,
 * as TimePartitions did for the event, outbox and portal tables (the same steps: `partitionTable`). Their keys
 * (the notification's dedupe key, a delivery per notification and channel, a notice per dossier version, kind and
 * channel) could then be unique only within a month, so each is moved to a small unpartitioned `<table>_once`
 * table that the writes insert into first (docs/deployment.md "Partitions and archiving").
 *
 * The once tables are filled from the existing rows while writes go on: a trigger puts the key of every row written
 * from then on, and one INSERT … SELECT the rows before (ON CONFLICT DO NOTHING: a row seen by both counts once).
 * The triggers go with the swap. Outside a transaction, like TimePartitions; each step can run again.
 */
export class NotificationPartitions1765405000000 implements MigrationInterface {
  name = 'NotificationPartitions1765405000000';
  transaction = false as const;

  async up(q: QueryRunner): Promise<void> {
    for (const once of ONCE) {
      await q.query(once.create);
      await q.query(`
        CREATE OR REPLACE FUNCTION ${once.once}_fill() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO ${once.once} (${once.columns.join(', ')}) VALUES (${once.values('NEW').join(', ')})
            ON CONFLICT DO NOTHING;
          RETURN NULL;
        END $$`);
      await q.query(`DROP TRIGGER IF EXISTS ${once.once}_fill ON ${once.table}`);
      await q.query(
        `CREATE TRIGGER ${once.once}_fill AFTER INSERT ON ${once.table}
           FOR EACH ROW EXECUTE FUNCTION ${once.once}_fill()`,
      );
      await q.query(
        `INSERT INTO ${once.once} (${once.columns.join(', ')})
         SELECT ${once.values('t').join(', ')} FROM ${once.table} t ON CONFLICT DO NOTHING`,
      );
    }
    // A delivery's notification, checked against the key table: NOT VALID, then validated while writes go on.
    await q.query(`ALTER TABLE notification_delivery DROP CONSTRAINT IF EXISTS ${DELIVERY_FK}`);
    await q.query(
      `ALTER TABLE notification_delivery ADD CONSTRAINT ${DELIVERY_FK}
         FOREIGN KEY (notification_id) REFERENCES notification_once (notification_id) NOT VALID`,
    );
    await q.query(`ALTER TABLE notification_delivery VALIDATE CONSTRAINT ${DELIVERY_FK}`);

    const now = new Date();
    for (const shape of SHAPES) {
      await partitionTable(q, shape, now);
      const once = ONCE.find((o) => o.table === shape.table)!;
      for (const table of [shape.table, legacyPartition(shape.table)])
        if (await exists(q, table)) await q.query(`DROP TRIGGER IF EXISTS ${once.once}_fill ON ${table}`);
      await q.query(`DROP FUNCTION IF EXISTS ${once.once}_fill()`);
    }
  }

  /**
   * Back to one table each (a step done before a failure is skipped). The key tables go: an archived month's
   * partition loses its foreign key to them (CASCADE drops the constraint, not the partition), and its keys are no
   * longer held: `up` fills the key tables again from the live rows only.
   */
  async down(q: QueryRunner): Promise<void> {
    for (const shape of [...SHAPES].reverse())
      if (await partitioned(q, shape.table)) await flattenTable(q, shape);
    await q.query(`ALTER TABLE notification_delivery DROP CONSTRAINT IF EXISTS ${DELIVERY_FK}`);
    await q.query(
      `ALTER TABLE notification_delivery ADD CONSTRAINT ${DELIVERY_FK}
         FOREIGN KEY (notification_id) REFERENCES notification(id)`,
    );
    for (const once of [...ONCE].reverse()) await q.query(`DROP TABLE IF EXISTS ${once.once} CASCADE`);
  }
}

async function exists(q: QueryRunner, table: string): Promise<boolean> {
  const [row] = (await q.query(`SELECT to_regclass($1) IS NOT NULL AS found`, [table])) as Array<{
    found: boolean;
  }>;
  return row.found;
}

async function partitioned(q: QueryRunner, table: string): Promise<boolean> {
  const [row] = (await q.query(`SELECT relkind = 'p' AS yes FROM pg_class WHERE oid = to_regclass($1)`, [
    table,
  ])) as Array<{ yes: boolean }>;
  return row?.yes ?? false;
}
