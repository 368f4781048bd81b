import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PortalSync1763741400000 implements MigrationInterface {
  name = 'PortalSync1763741400000';

  async up(q: QueryRunner): Promise<void> {
    // One row per state change the portal must hear of; `id` is the message id the portal deduplicates on and
    // `seq` the gap-free order per dossier (taken under the dossier's row lock by the state change).
    await q.query(`
      CREATE TABLE portal_sync_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dossier_id uuid NOT NULL REFERENCES dossier(id),
        seq integer NOT NULL CHECK (seq > 0),
        dossier_version integer NOT NULL,
        payload jsonb NOT NULL,
        status varchar(12) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'parked')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        next_attempt_at timestamptz,
        created_at timestamptz NOT NULL,
        delivered_at timestamptz,
        CONSTRAINT portal_sync_message_seq_key UNIQUE (dossier_id, seq)
      )`);
    // The delivery's "first undelivered message of a dossier", and the sweep over pending ones.
    await q.query(
      `CREATE INDEX portal_sync_undelivered_idx ON portal_sync_message (dossier_id, seq) WHERE status <> 'delivered'`,
    );
    await q.query(
      `CREATE INDEX portal_sync_pending_idx ON portal_sync_message (next_attempt_at) WHERE status = 'pending'`,
    );
    await q.query(
      `CREATE INDEX portal_sync_parked_idx ON portal_sync_message (created_at) WHERE status = 'parked'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE portal_sync_message');
  }
}
