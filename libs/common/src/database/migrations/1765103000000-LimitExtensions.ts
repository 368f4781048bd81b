import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The conditional limits a dossier took (a step's `extendsLimit`, e.g. 10 working days, 15 when verification is
 * needed): kept with the row, so that a clock restarted after a supplement, a calendar re-projection and the receipt
 * count the limit the dossier is under, not only the base one.
 */
export class LimitExtensions1765103000000 implements MigrationInterface {
  name = 'LimitExtensions1765103000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE dossier ADD COLUMN limit_extensions jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE dossier DROP COLUMN limit_extensions`);
  }
}
