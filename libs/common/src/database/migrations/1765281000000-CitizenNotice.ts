import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the citizen is told by SMS and e-mail (accepted, supplement requested, extension, result ready, refused):
 * one row per change of the dossier and channel, written in the transaction of the change. The address and the
 * text are not copied here: the delivery reads the applicant's phone or e-mail from the dossier and lays the text
 * out from `facts` (what the change said). `citizen_notice_key` makes a change's notice unique per channel;
 * `citizen_notice_pending_idx` is what the sweep reads.
 */
export class CitizenNotice1765281000000 implements MigrationInterface {
  name = 'CitizenNotice1765281000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE citizen_notice (
        id uuid PRIMARY KEY,
        dossier_id uuid NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
        dossier_version integer NOT NULL,
        kind varchar(24) NOT NULL,
        channel varchar(8) NOT NULL,
        facts jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        delivered_at timestamptz,
        CONSTRAINT citizen_notice_key UNIQUE (dossier_id, dossier_version, kind, channel),
        CONSTRAINT citizen_notice_channel CHECK (channel IN ('sms', 'email'))
      )`);
    await q.query(
      `CREATE INDEX citizen_notice_pending_idx ON citizen_notice (created_at) WHERE delivered_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE citizen_notice`);
  }
}
