import type { MigrationInterface, QueryRunner } from 'typeorm';

const RUNNING = `paused_at IS NULL AND status IN ('in_progress', 'result_ready')`;
const FLAGGED = `(flag_overdue_at IS NOT NULL OR flag_step_overdue_at IS NOT NULL OR flag_due_soon_at IS NOT NULL
  OR flag_stalled_at IS NOT NULL)`;

/**
 * The sweep's safety net (flags up that their dossier's instants say should be down) read through indexes: each
 * flag's instant among the dossiers carrying it, and the flagged dossiers that no longer run. Before, it read
 * every flagged dossier (the planner chose the whole table) at every sweep.
 */
export class FlaggedInstants1765000960000 implements MigrationInterface {
  name = 'FlaggedInstants1765000960000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX dossier_flagged_overdue_idx ON dossier (due_at) WHERE flag_overdue_at IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX dossier_flagged_step_overdue_idx ON dossier (step_due_at) WHERE flag_step_overdue_at IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX dossier_flagged_due_soon_idx ON dossier (due_soon_from) WHERE flag_due_soon_at IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX dossier_flagged_stalled_idx ON dossier (stall_at) WHERE flag_stalled_at IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX dossier_flagged_idle_idx ON dossier (id) WHERE ${FLAGGED} AND NOT (${RUNNING})`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const flag of ['overdue', 'step_overdue', 'due_soon', 'stalled', 'idle'])
      await q.query(`DROP INDEX dossier_flagged_${flag}_idx`);
  }
}
