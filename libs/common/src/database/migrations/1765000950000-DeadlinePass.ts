import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The calendar the worker's start-up pass last planned every running dossier on (one row): a worker started on
 * the same calendar skips the pass, which reads every running dossier, since nothing it computes can have moved.
 */
export class DeadlinePass1765000950000 implements MigrationInterface {
  name = 'DeadlinePass1765000950000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE deadline_pass (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        calendar text NOT NULL,
        completed_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE deadline_pass`);
  }
}
