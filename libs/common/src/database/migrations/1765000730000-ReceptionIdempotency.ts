import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Desk reception's Idempotency-Key: which dossier a user's key created, and a fingerprint of the request, so a
 * retried POST /dossiers answers with the same dossier and a reused key with another body is refused. The key
 * is a row of the same transaction as the dossier: a concurrent retry waits on it, then finds it.
 */
export class ReceptionIdempotency1765000730000 implements MigrationInterface {
  name = 'ReceptionIdempotency1765000730000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE reception_idempotency (
        user_id uuid NOT NULL,
        key varchar(128) NOT NULL,
        request_sha256 char(64) NOT NULL,
        dossier_id uuid NOT NULL REFERENCES dossier(id),
        receipt jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        CONSTRAINT reception_idempotency_key PRIMARY KEY (user_id, key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE reception_idempotency`);
  }
}
