import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Ratings1763741500000 implements MigrationInterface {
  name = 'Ratings1763741500000';

  async up(q: QueryRunner): Promise<void> {
    // One rating per dossier: the unique key is what refuses a second one, even from concurrent requests.
    await q.query(`
      CREATE TABLE dossier_rating (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dossier_id uuid NOT NULL REFERENCES dossier(id),
        procedure_code varchar(8) NOT NULL,
        receiving_unit varchar(64) NOT NULL,
        overall smallint NOT NULL CHECK (overall BETWEEN 1 AND 5),
        on_time smallint NOT NULL CHECK (on_time BETWEEN 1 AND 5),
        staff_attitude smallint NOT NULL CHECK (staff_attitude BETWEEN 1 AND 5),
        guidance smallint NOT NULL CHECK (guidance BETWEEN 1 AND 5),
        facilities smallint CHECK (facilities BETWEEN 1 AND 5),
        comment text CHECK (char_length(comment) <= 1000),
        rated_at timestamptz NOT NULL,
        CONSTRAINT dossier_rating_dossier_key UNIQUE (dossier_id)
      )`);
    // The satisfaction report reads a period of ratings.
    await q.query(`CREATE INDEX dossier_rating_rated_at_idx ON dossier_rating (rated_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE dossier_rating`);
  }
}
