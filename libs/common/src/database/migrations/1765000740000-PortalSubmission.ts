import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a portal dossier was submitted with (its fields, and each file by its sha256 instead of its bytes), so that
 * the same portalDossierId sent again with other content is refused naming what differs, instead of being
 * silently answered with the first dossier. Null for links made before: their resends are answered as before.
 */
export class PortalSubmission1765000740000 implements MigrationInterface {
  name = 'PortalSubmission1765000740000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE portal_dossier ADD COLUMN submission jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE portal_dossier DROP COLUMN submission`);
  }
}
