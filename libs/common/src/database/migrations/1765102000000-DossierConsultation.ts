import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Opinions a step's owner asks of another unit (xin ý kiến), each with its deadline, and the count of those still
 * unanswered on the dossier row: a step that waits for them refuses its hand-over while the count is above zero,
 * which its planner reads from the row it holds (no second read, no lock of its own). The consulted unit's work list
 * reads the open ones of its unit by due instant.
 */
export class DossierConsultation1765102000000 implements MigrationInterface {
  name = 'DossierConsultation1765102000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE dossier ADD COLUMN open_consultations integer NOT NULL DEFAULT 0
      CONSTRAINT dossier_open_consultations_ck CHECK (open_consultations >= 0)`);
    await q.query(`
      CREATE TABLE dossier_consultation (
        id uuid PRIMARY KEY,
        dossier_id uuid NOT NULL REFERENCES dossier(id) ON DELETE CASCADE,
        step varchar(64),
        unit varchar(64) NOT NULL,
        role varchar(16),
        question text NOT NULL,
        asked_by uuid NOT NULL,
        asked_unit varchar(64) NOT NULL,
        asked_at timestamptz NOT NULL,
        due_at timestamptz NOT NULL,
        answer text,
        answered_by uuid,
        answered_at timestamptz,
        CONSTRAINT dossier_consultation_answer_ck CHECK ((answer IS NULL) = (answered_at IS NULL))
      )`);
    await q.query(
      `CREATE INDEX dossier_consultation_dossier_idx ON dossier_consultation (dossier_id, asked_at)`,
    );
    await q.query(
      `CREATE INDEX dossier_consultation_open_idx ON dossier_consultation (unit, due_at) WHERE answered_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE dossier_consultation`);
    await q.query(`ALTER TABLE dossier DROP COLUMN open_consultations`);
  }
}
