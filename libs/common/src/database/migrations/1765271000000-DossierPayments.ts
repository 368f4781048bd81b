import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The fees a dossier has paid, each payment whole (at the desk with its receipt number, or notified by the national
 * portal with its transaction id), and their sum on the dossier row: the hand-over of the result is refused while
 * the sum is short of the procedure's fees, which its planner reads from the row it holds. A receipt number is
 * unique in its agency's receipt books; a portal transaction is recorded once per portal client. Who collected the
 * result (`result_collector`) is kept on the row, as the hand-over event recorded it.
 */
export class DossierPayments1765271000000 implements MigrationInterface {
  name = 'DossierPayments1765271000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE dossier ADD COLUMN paid_amount integer NOT NULL DEFAULT 0
      CONSTRAINT dossier_paid_amount_ck CHECK (paid_amount >= 0)`);
    await q.query(`ALTER TABLE dossier ADD COLUMN result_collector jsonb`);
    await q.query(`
      CREATE TABLE dossier_payment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dossier_id uuid NOT NULL REFERENCES dossier(id) ON DELETE CASCADE,
        agency_id varchar(40) NOT NULL,
        amount integer NOT NULL CONSTRAINT dossier_payment_amount_ck CHECK (amount > 0),
        method varchar(16) NOT NULL,
        source varchar(8) NOT NULL CONSTRAINT dossier_payment_source_ck CHECK (source IN ('desk', 'portal')),
        receipt_number varchar(64),
        portal_client varchar(64),
        portal_transaction_id varchar(128),
        received_by uuid,
        received_by_name text,
        note text,
        paid_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL,
        event_version integer NOT NULL,
        CONSTRAINT dossier_payment_portal_ck
          CHECK ((source = 'portal') = (portal_transaction_id IS NOT NULL AND portal_client IS NOT NULL)),
        CONSTRAINT dossier_payment_desk_ck CHECK (source = 'portal' OR receipt_number IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX dossier_payment_dossier_idx ON dossier_payment (dossier_id, recorded_at)`);
    await q.query(`CREATE UNIQUE INDEX dossier_payment_receipt_uq ON dossier_payment (agency_id, receipt_number)
      WHERE receipt_number IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX dossier_payment_transaction_uq
      ON dossier_payment (portal_client, portal_transaction_id) WHERE portal_transaction_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE dossier_payment`);
    await q.query(`ALTER TABLE dossier DROP COLUMN result_collector`);
    await q.query(`ALTER TABLE dossier DROP COLUMN paid_amount`);
  }
}
