import type { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES = `'awaiting_documents', 'accepted', 'in_progress', 'awaiting_supplement', 'result_ready', 'done',
  'refused', 'withdrawn', 'stopped'`;

export class PortalInbound1763741300000 implements MigrationInterface {
  name = 'PortalInbound1763741300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE dossier DROP CONSTRAINT dossier_status_check`);
    await q.query(
      `ALTER TABLE dossier ADD CONSTRAINT dossier_status_check CHECK (status IN ('submitted', ${STATUSES}))`,
    );
    await q.query(
      `CREATE INDEX dossier_submitted_idx ON dossier (receiving_unit) WHERE status = 'submitted'`,
    );

    // A nonce is refused while its row exists; rows older than the timestamp window are pruned.
    await q.query(`
      CREATE TABLE portal_nonce (
        client varchar(64) NOT NULL,
        nonce varchar(128) NOT NULL,
        seen_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT portal_nonce_pkey PRIMARY KEY (client, nonce)
      )`);
    await q.query(`CREATE INDEX portal_nonce_seen_idx ON portal_nonce (seen_at)`);

    // The unique key is what makes a resend, or two concurrent sends, give one dossier.
    await q.query(`
      CREATE TABLE portal_dossier (
        id bigserial PRIMARY KEY,
        client varchar(64) NOT NULL,
        portal_dossier_id varchar(100) NOT NULL,
        dossier_id uuid NOT NULL REFERENCES dossier(id),
        payment_status varchar(16) NOT NULL CHECK (payment_status IN ('unpaid', 'paid', 'not_required')),
        payment_amount numeric(14, 0),
        received_at timestamptz NOT NULL,
        CONSTRAINT portal_dossier_key UNIQUE (client, portal_dossier_id),
        CONSTRAINT portal_dossier_dossier_key UNIQUE (dossier_id)
      )`);

    await q.query(`
      CREATE TABLE dossier_document (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dossier_id uuid NOT NULL REFERENCES dossier(id),
        name text NOT NULL,
        file_name varchar(255) NOT NULL,
        mime_type varchar(127) NOT NULL,
        size integer NOT NULL CHECK (size >= 0),
        sha256 char(64) NOT NULL,
        content bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX dossier_document_dossier_idx ON dossier_document (dossier_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE dossier_document, portal_dossier, portal_nonce`);
    await q.query(`DROP INDEX dossier_submitted_idx`);
    // Fails while a dossier is still `submitted`: accept or refuse it first.
    await q.query(`ALTER TABLE dossier DROP CONSTRAINT dossier_status_check`);
    await q.query(`ALTER TABLE dossier ADD CONSTRAINT dossier_status_check CHECK (status IN (${STATUSES}))`);
  }
}
