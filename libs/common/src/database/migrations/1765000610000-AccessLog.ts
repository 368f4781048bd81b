import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who read which dossier's personal data, when and how (view, form, tracking book, search hit): never the data
 * itself. Append-only; an admin reads it by dossier or by user, newest first, which the two indexes serve.
 */
export class AccessLog1765000610000 implements MigrationInterface {
  name = 'AccessLog1765000610000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE access_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL,
        user_id uuid NOT NULL,
        username varchar(64) NOT NULL,
        user_unit varchar(64) NOT NULL,
        dossier_id uuid NOT NULL,
        dossier_code varchar(40) NOT NULL,
        kind varchar(16) NOT NULL CHECK (kind IN ('view', 'form', 'book', 'search', 'list')),
        detail varchar(64),
        fields varchar(16) NOT NULL CHECK (fields IN ('full', 'verification'))
      )`);
    await q.query(`CREATE INDEX access_log_dossier_idx ON access_log (dossier_code, at DESC, id DESC)`);
    await q.query(`CREATE INDEX access_log_user_idx ON access_log (username, at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE access_log`);
  }
}
