import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The supplement wait limit: a pause that outlasts it is marked `expired_at` once (what the sweep looks for, and
 * what keeps it from acting twice), the dossier carries the flag for reception's list, and reception is told by
 * a notification of its own kind.
 */
export class SupplementWait1765000450000 implements MigrationInterface {
  name = 'SupplementWait1765000450000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE dossier_pause ADD COLUMN expired_at timestamptz`);
    // The sweep reads the open waits not yet expired, oldest first; few dossiers wait at any time.
    await q.query(
      `CREATE INDEX dossier_pause_waiting_idx ON dossier_pause (started_at, id)
        WHERE ended_at IS NULL AND expired_at IS NULL`,
    );
    await q.query(`ALTER TABLE dossier ADD COLUMN flag_supplement_overdue_at timestamptz`);
    await q.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await q.query(
      `ALTER TABLE notification ADD CONSTRAINT notification_kind_check
         CHECK (kind IN ('flag', 'apology', 'supplement_wait'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notification_delivery WHERE notification_id IN
                     (SELECT id FROM notification WHERE kind = 'supplement_wait')`);
    await q.query(`DELETE FROM notification WHERE kind = 'supplement_wait'`);
    await q.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await q.query(
      `ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN ('flag', 'apology'))`,
    );
    await q.query(`ALTER TABLE dossier DROP COLUMN flag_supplement_overdue_at`);
    await q.query(`DROP INDEX dossier_pause_waiting_idx`);
    await q.query(`ALTER TABLE dossier_pause DROP COLUMN expired_at`);
  }
}
