import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CalendarReprojection1765000150000 implements MigrationInterface {
  name = 'CalendarReprojection1765000150000';

  async up(q: QueryRunner): Promise<void> {
    // The appointment printed on the last receipt (form 01): a calendar change re-projects due_at, never this.
    await q.query(`ALTER TABLE dossier ADD COLUMN receipt_due_at timestamptz`);
    // Rows from before: the appointment before an extension, when there was one, else the one in force.
    await q.query(`
      UPDATE dossier d SET receipt_due_at = coalesce(
        (SELECT (e.payload->>'previousDueAt')::timestamptz FROM dossier_event e
          WHERE e.dossier_id = d.id AND e.action = 'extend' AND e.payload ? 'previousDueAt'
          ORDER BY e.version DESC LIMIT 1),
        d.due_at)
      WHERE d.due_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE dossier DROP COLUMN receipt_due_at`);
  }
}
