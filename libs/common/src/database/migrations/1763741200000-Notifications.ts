import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1763741200000 implements MigrationInterface {
  name = 'Notifications1763741200000';

  async up(q: QueryRunner): Promise<void> {
    // One row per escalation level of a raised flag: the unique key is what makes a redelivered job harmless.
    // `next_level_at` is when the next level falls due (null after the last), so a sweep can rebuild its timer.
    await q.query(`
      CREATE TABLE escalation (
        id bigserial PRIMARY KEY,
        flag_id bigint NOT NULL REFERENCES dossier_flag(id),
        dossier_id uuid NOT NULL REFERENCES dossier(id),
        level smallint NOT NULL CHECK (level BETWEEN 1 AND 3),
        recipients integer NOT NULL,
        escalated_at timestamptz NOT NULL,
        next_level_at timestamptz,
        CONSTRAINT escalation_flag_level_key UNIQUE (flag_id, level)
      )`);
    await q.query(
      `CREATE INDEX escalation_next_idx ON escalation (next_level_at) WHERE next_level_at IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE apology_reminder (
        id bigserial PRIMARY KEY,
        dossier_id uuid NOT NULL REFERENCES dossier(id),
        appointment_at timestamptz NOT NULL,
        late boolean NOT NULL,
        recipients integer NOT NULL,
        reminded_at timestamptz NOT NULL,
        CONSTRAINT apology_reminder_key UNIQUE (dossier_id, appointment_at)
      )`);

    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id),
        dossier_id uuid NOT NULL REFERENCES dossier(id),
        dossier_code varchar(40) NOT NULL,
        kind varchar(16) NOT NULL CHECK (kind IN ('flag', 'apology')),
        flag varchar(16) CHECK (flag IN ('due_soon', 'overdue', 'step_overdue', 'stalled')),
        level smallint CHECK (level BETWEEN 1 AND 3),
        title text NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL,
        read_at timestamptz,
        dedupe_key varchar(200) NOT NULL,
        CONSTRAINT notification_dedupe_key UNIQUE (dedupe_key),
        CONSTRAINT notification_flag_level_check CHECK ((kind = 'flag') = (flag IS NOT NULL AND level IS NOT NULL))
      )`);
    // The bell: a user's notifications, newest first, all or unread only.
    await q.query(`CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC, id DESC)`);
    await q.query(
      `CREATE INDEX notification_unread_idx ON notification (user_id, created_at DESC, id DESC) WHERE read_at IS NULL`,
    );

    await q.query(`
      CREATE TABLE notification_delivery (
        id bigserial PRIMARY KEY,
        notification_id uuid NOT NULL REFERENCES notification(id),
        channel varchar(16) NOT NULL CHECK (channel IN ('email', 'webhook')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        created_at timestamptz NOT NULL,
        delivered_at timestamptz,
        CONSTRAINT notification_delivery_key UNIQUE (notification_id, channel)
      )`);
    await q.query(
      `CREATE INDEX notification_delivery_pending_idx ON notification_delivery (created_at) WHERE delivered_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification_delivery, notification, apology_reminder, escalation`);
  }
}
