import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The branches of a dossier in a fork (parallel branches held by their own owners): one row per dossier and
 * branch, with the branch's current step, owner, assignee, step instants, its own flags and when it ended
 * (`joined_at`: finished; `closed_at`: closed unfinished when the fork left on a subset, or the dossier ended).
 * While a dossier is in a fork its own row holds the fork step with no owner; the inbox reads the open branches
 * through dossier_branch_inbox_idx. A branch owner's unit joins the dossier's `reached_units`, so that the unit
 * can read the dossier (docs/access.md).
 */
export class DossierBranches1765104000000 implements MigrationInterface {
  name = 'DossierBranches1765104000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE dossier_branch (
        dossier_id uuid NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
        branch varchar(64) NOT NULL,
        fork_step varchar(64) NOT NULL,
        step varchar(64),
        owner_unit varchar(64),
        owner_role varchar(16),
        assignee_id uuid,
        step_started_at timestamptz,
        step_due_at timestamptz,
        due_soon_from timestamptz,
        stall_at timestamptz,
        last_activity_at timestamptz NOT NULL,
        paused_at timestamptz,
        joined_at timestamptz,
        closed_at timestamptz,
        flag_due_soon_at timestamptz,
        flag_step_overdue_at timestamptz,
        flag_stalled_at timestamptz,
        PRIMARY KEY (dossier_id, branch)
      )`);
    await q.query(`
      CREATE INDEX dossier_branch_inbox_idx ON dossier_branch (owner_unit, owner_role, step_due_at)
        WHERE step IS NOT NULL`);
    await q.query(
      `CREATE INDEX dossier_branch_assignee_idx ON dossier_branch (assignee_id) WHERE assignee_id IS NOT NULL`,
    );
    await q.query(`
      CREATE FUNCTION dossier_branch_reached_units() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.owner_unit IS NOT NULL THEN
          UPDATE dossier SET reached_units = reached_units || NEW.owner_unit::text
           WHERE id = NEW.dossier_id AND NOT NEW.owner_unit = ANY (reached_units);
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER dossier_branch_reached_units_trg
        AFTER INSERT OR UPDATE OF owner_unit ON dossier_branch
        FOR EACH ROW EXECUTE FUNCTION dossier_branch_reached_units()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE dossier_branch`);
    await q.query(`DROP FUNCTION dossier_branch_reached_units()`);
  }
}
