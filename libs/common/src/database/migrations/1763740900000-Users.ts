import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Users1763740900000 implements MigrationInterface {
  name = 'Users1763740900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username varchar(64) NOT NULL,
        full_name text NOT NULL,
        title text NOT NULL,
        unit_id varchar(64) NOT NULL,
        roles text[] NOT NULL DEFAULT '{}',
        password_hash text,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT app_user_username_check CHECK (username ~ '^[a-z][a-z0-9._-]*$')
      )`);
    await q.query(`CREATE UNIQUE INDEX app_user_username_key ON app_user (username)`);
    await q.query(`CREATE INDEX app_user_unit_id_idx ON app_user (unit_id) WHERE active`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE app_user`);
  }
}
