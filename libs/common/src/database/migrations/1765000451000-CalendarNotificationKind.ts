import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The step owner is told when a calendar change moves a running dossier's due instants: a notification kind of
 * its own. Timed after SupplementWait1765000450000, which redefines the same check constraint (a check added
 * before it would be replaced by its list).
 */
export class CalendarNotificationKind1765000451000 implements MigrationInterface {
  name = 'CalendarNotificationKind1765000451000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await q.query(
      `ALTER TABLE notification ADD CONSTRAINT notification_kind_check
         CHECK (kind IN ('flag', 'apology', 'supplement_wait', 'calendar'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notification_delivery WHERE notification_id IN
                     (SELECT id FROM notification WHERE kind = 'calendar')`);
    await q.query(`DELETE FROM notification WHERE kind = 'calendar'`);
    await q.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await q.query(
      `ALTER TABLE notification ADD CONSTRAINT notification_kind_check
         CHECK (kind IN ('flag', 'apology', 'supplement_wait'))`,
    );
  }
}
