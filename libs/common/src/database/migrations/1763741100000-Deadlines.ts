import type { MigrationInterface, QueryRunner } from 'typeorm';

const RUNNING = `paused_at IS NULL AND status IN ('in_progress', 'result_ready')`;

export class Deadlines1763741100000 implements MigrationInterface {
  name = 'Deadlines1763741100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE dossier
        ADD COLUMN step_consumed jsonb NOT NULL DEFAULT '{}',
        ADD COLUMN due_soon_from timestamptz,
        ADD COLUMN stall_at timestamptz,
        ADD COLUMN apology_reminder_at timestamptz,
        ADD COLUMN flag_due_soon_at timestamptz,
        ADD COLUMN flag_overdue_at timestamptz,
        ADD COLUMN flag_step_overdue_at timestamptz,
        ADD COLUMN flag_stalled_at timestamptz,
        ADD COLUMN apology_reminded_at timestamptz`);
    // The sweep asks each of these "which running dossiers have crossed the instant without the flag?".
    await q.query(
      `CREATE INDEX dossier_sweep_overdue_idx ON dossier (due_at) WHERE flag_overdue_at IS NULL AND ${RUNNING}`,
    );
    await q.query(
      `CREATE INDEX dossier_sweep_step_overdue_idx ON dossier (step_due_at) WHERE flag_step_overdue_at IS NULL AND ${RUNNING}`,
    );
    await q.query(
      `CREATE INDEX dossier_sweep_due_soon_idx ON dossier (due_soon_from) WHERE flag_due_soon_at IS NULL AND ${RUNNING}`,
    );
    await q.query(
      `CREATE INDEX dossier_sweep_stalled_idx ON dossier (stall_at) WHERE flag_stalled_at IS NULL AND ${RUNNING}`,
    );
    await q.query(
      `CREATE INDEX dossier_sweep_apology_idx ON dossier (apology_reminder_at) WHERE apology_reminded_at IS NULL AND ${RUNNING}`,
    );
    await q.query(`CREATE INDEX dossier_flagged_idx ON dossier (status) WHERE flag_overdue_at IS NOT NULL
      OR flag_step_overdue_at IS NOT NULL OR flag_due_soon_at IS NOT NULL OR flag_stalled_at IS NOT NULL`);

    // One row per raised flag: what it was about (`subject`: the due instant, the step visit, the last activity)
    // makes raising idempotent; `cleared_at` closes it when the dossier moves on.
    await q.query(`
      CREATE TABLE dossier_flag (
        id bigserial PRIMARY KEY,
        dossier_id uuid NOT NULL REFERENCES dossier(id),
        flag varchar(16) NOT NULL CHECK (flag IN ('due_soon', 'overdue', 'step_overdue', 'stalled')),
        subject varchar(120) NOT NULL,
        step varchar(64),
        owner_unit varchar(64),
        owner_role varchar(16),
        raised_at timestamptz NOT NULL,
        cleared_at timestamptz,
        CONSTRAINT dossier_flag_subject_key UNIQUE (dossier_id, flag, subject)
      )`);
    await q.query(`CREATE INDEX dossier_flag_open_idx ON dossier_flag (raised_at) WHERE cleared_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE dossier_flag`);
    await q.query(`
      ALTER TABLE dossier
        DROP COLUMN step_consumed, DROP COLUMN due_soon_from, DROP COLUMN stall_at, DROP COLUMN apology_reminder_at,
        DROP COLUMN flag_due_soon_at, DROP COLUMN flag_overdue_at, DROP COLUMN flag_step_overdue_at,
        DROP COLUMN flag_stalled_at, DROP COLUMN apology_reminded_at`);
  }
}
