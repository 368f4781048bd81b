import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProcedureVersions1763740800000 implements MigrationInterface {
  name = 'ProcedureVersions1763740800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await q.query(`
      CREATE TABLE procedure_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(8) NOT NULL CHECK (code ~ '^[0-9]\\.[0-9]{6}$'),
        revision integer NOT NULL CHECK (revision >= 1),
        declared_version integer NOT NULL,
        content_hash char(64) NOT NULL,
        name text NOT NULL,
        field text NOT NULL,
        level varchar(16) NOT NULL,
        file text NOT NULL,
        definition jsonb NOT NULL,
        loaded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT procedure_version_code_revision_key UNIQUE (code, revision),
        CONSTRAINT procedure_version_code_hash_key UNIQUE (code, content_hash)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE procedure_version`);
  }
}
