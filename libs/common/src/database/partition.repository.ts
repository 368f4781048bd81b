import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type MonthRange, PARTITIONED_TABLES, type PartitionedTable } from './partition.rules';
import {
  ARCHIVE_MANIFEST_SQL,
  ARCHIVE_SCHEMA,
  createMonthSql,
  LIST_PARTITIONS_SQL,
  undeliveredSql,
} from './partition.sql';

export interface PartitionRow {
  table: string;
  name: string;
  bound: string;
  estimatedRows: number;
  bytes: number;
}

export interface ArchivedPartition {
  name: string;
  table: string;
  rows: number;
  sha256: string;
}

// Any constant works; the same in every process that creates or archives partitions.
const PARTITION_LOCK = 1_765_400_000;
const CHECKSUM_BATCH = 20_000;

@Injectable()
export class PartitionRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list(): Promise<PartitionRow[]> {
    const rows = (await this.dataSource.query(LIST_PARTITIONS_SQL, [
      PARTITIONED_TABLES.map((t) => t.table),
    ])) as Array<PartitionRow & { estimatedRows: string; bytes: string }>;
    return rows.map((r) => ({ ...r, estimatedRows: Number(r.estimatedRows), bytes: Number(r.bytes) }));
  }

  async exactRows(partition: string): Promise<number> {
    const [row] = (await this.dataSource.query(`SELECT count(*)::bigint AS n FROM ${partition}`)) as Array<{
      n: string;
    }>;
    return Number(row.n);
  }

  /** Creates the missing month partitions among `ranges` (one transaction each), under a lock shared by workers. */
  async createMissing(spec: PartitionedTable, ranges: MonthRange[]): Promise<string[]> {
    const created: string[] = [];
    for (const range of ranges) {
      const made = await this.dataSource.transaction(async (manager) => {
        await manager.query('SELECT pg_advisory_xact_lock($1)', [PARTITION_LOCK]);
        const [{ exists }] = (await manager.query(`SELECT to_regclass($1) IS NOT NULL AS exists`, [
          range.name,
        ])) as Array<{ exists: boolean }>;
        if (exists) return false;
        await manager.query(`SET LOCAL lock_timeout = '5s'`);
        for (const sql of createMonthSql(spec.table, spec.column, range)) await manager.query(sql);
        return true;
      });
      if (made) created.push(range.name);
    }
    return created;
  }

  /** Rows of `partition` still to be delivered (outbox, portal messages); 0 for a table that delivers nothing. */
  async undelivered(
    table: string,
    partition: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number> {
    const sql = undeliveredSql(table, partition);
    if (!sql) return 0;
    const [row] = (await manager.query(sql)) as Array<{ n: number }>;
    return row.n;
  }

  /**
   * Detaches `partition` from `table` and moves it into the archive schema, in one transaction that first checks it
   * holds nothing undelivered; then counts and checksums its rows (sha256 of their text in key order) into the
   * manifest. With something in it still undelivered, it does nothing and says how many.
   */
  async archive(
    table: string,
    partition: string,
    range: { from: Date | null; to: Date },
    at: Date,
  ): Promise<ArchivedPartition | { undelivered: number }> {
    const undelivered = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [PARTITION_LOCK]);
      await manager.query(`SET LOCAL lock_timeout = '10s'`);
      await manager.query(`LOCK TABLE ${partition} IN SHARE MODE`);
      const left = await this.undelivered(table, partition, manager);
      if (left > 0) return left;
      await manager.query(`CREATE SCHEMA IF NOT EXISTS ${ARCHIVE_SCHEMA}`);
      await manager.query(ARCHIVE_MANIFEST_SQL);
      await manager.query(`ALTER TABLE ${table} DETACH PARTITION ${partition}`);
      await manager.query(`ALTER TABLE ${partition} SET SCHEMA ${ARCHIVE_SCHEMA}`);
      return 0;
    });
    if (undelivered > 0) return { undelivered };
    const archived = `${ARCHIVE_SCHEMA}.${partition}`;
    const { rows, sha256 } = await this.checksum(archived);
    await this.dataSource.query(
      `INSERT INTO ${ARCHIVE_SCHEMA}.partition_manifest
         (partition_name, parent_table, range_from, range_to, row_count, sha256, archived_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [partition, table, range.from, range.to, rows, sha256, at],
    );
    return { name: partition, table, rows, sha256 };
  }

  /** Row count and sha256 of an archived table's rows as text, one a line, in the order of `id` (its key). */
  async checksum(qualified: string): Promise<{ rows: number; sha256: string }> {
    const hash = createHash('sha256');
    let rows = 0;
    let after: string | null = null;
    for (;;) {
      const batch = (await this.dataSource.query(
        `SELECT t::text AS line, id::text AS id FROM ${qualified} t
          ${after === null ? '' : 'WHERE id > $1'} ORDER BY id LIMIT ${CHECKSUM_BATCH}`,
        after === null ? [] : [after],
      )) as Array<{ line: string; id: string }>;
      for (const row of batch) hash.update(`${row.line}\n`);
      rows += batch.length;
      if (batch.length < CHECKSUM_BATCH) break;
      after = batch[batch.length - 1].id;
    }
    return { rows, sha256: hash.digest('hex') };
  }
}
