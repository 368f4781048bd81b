import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When the current step was picked up (its first assignment by the unit's head), and on each hand-over the working
 * minutes the step waited before it was: the improvement figures split a step's time into waiting and working with
 * a query instead of a replay of the log. dossier_event is partitioned by month: the ALTER on the parent reaches
 * every partition, and adding a nullable column without a default rewrites nothing. Rows written before have none:
 * their wait is not measured.
 */
export class StepPickUp1765460000000 implements MigrationInterface {
  name = 'StepPickUp1765460000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE dossier ADD COLUMN step_picked_up_at timestamptz`);
    await q.query(`ALTER TABLE dossier_event ADD COLUMN wait_minutes numeric(12,2)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE dossier_event DROP COLUMN wait_minutes`);
    await q.query(`ALTER TABLE dossier DROP COLUMN step_picked_up_at`);
  }
}
