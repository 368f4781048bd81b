import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The handling report counts the extensions (apology letters) issued in its period, and how many were late.
 * Extensions are a small share of the events; a partial index on their instant lets the report read only them
 * rather than scan every event of the period.
 */
export class ExtensionEvents1765000240000 implements MigrationInterface {
  name = 'ExtensionEvents1765000240000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX dossier_event_extend_idx ON dossier_event (occurred_at) WHERE action = 'extend'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX dossier_event_extend_idx`);
  }
}
