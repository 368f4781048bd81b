import { Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { PackSqlRow } from './review-pack.rules';
import { PACK_SQL } from './review-pack.sql';

/** A stored revision of a procedure: its id, code and the file's `version`. */
export interface StoredRevision {
  id: string;
  code: string;
  version: number;
}

@Injectable()
export class ReviewPackRepository {
  /** Every stored revision of the codes (a few rows per procedure). */
  async revisions(db: DataSource, codes: string[]): Promise<StoredRevision[]> {
    return (await db.query(
      `SELECT id, code, declared_version AS version FROM procedure_version WHERE code = ANY($1::text[])`,
      [codes],
    )) as StoredRevision[];
  }

  /**
   * The procedure table of the revisions `ids` (PACK_SQL) for [from, to) judged at `at`, every dossier of them
   * counted whoever reads (the agency's figures): `limitsMs` are the revisions' limits in working milliseconds.
   */
  procedures(
    db: DataSource,
    from: Date,
    to: Date,
    at: Date,
    ids: string[],
    limitsMs: Array<number | null>,
  ): Promise<PackSqlRow[]> {
    return db.transaction(async (manager) => {
      // As form 06's statement: its aggregation and the supplement set are hashed in memory, not spilled to disk.
      await manager.query(`SET LOCAL work_mem = '64MB'`);
      return (await manager.query(PACK_SQL, [from, to, null, at, ids, limitsMs])) as PackSqlRow[];
    });
  }
}
