import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The working time from the statutory clock's start to the finish, written when a dossier is done (on the calendar
 * in force then, as its appointment and its grade were): the indicators sum it instead of computing it for every
 * dossier of the period. Rows done before have none; the report computes theirs on the current calendar.
 */
export class DossierWorkingTime1765001000000 implements MigrationInterface {
  name = 'DossierWorkingTime1765001000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE dossier ADD COLUMN working_ms bigint`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE dossier DROP COLUMN working_ms`);
  }
}
