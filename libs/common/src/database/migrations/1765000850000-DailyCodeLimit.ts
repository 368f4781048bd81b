import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The 9,999 dossiers an agency may receive in a day, held by the counter row itself: a reception past the limit
 * fails in the statement that takes its number (and gives it back), so the code can be taken in the reception's
 * last statement instead of its first. NOT VALID: rows written before are not read again (none exceeds it).
 */
export class DailyCodeLimit1765000850000 implements MigrationInterface {
  name = 'DailyCodeLimit1765000850000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE dossier_sequence ADD CONSTRAINT dossier_sequence_daily_limit CHECK (last <= 9999) NOT VALID`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE dossier_sequence DROP CONSTRAINT dossier_sequence_daily_limit`);
  }
}
