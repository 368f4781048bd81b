import type { MigrationInterface, QueryRunner } from 'typeorm';
import { flattenTable, partitionTable, type TableShape } from '../partitioning.sql';

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
    for (const shape of SHAPES) await partitionTable(q, shape, new Date());
  }

  async down(q: QueryRunner): Promise<void> {
    for (const shape of [...SHAPES].reverse()) await flattenTable(q, shape);
  }
}
