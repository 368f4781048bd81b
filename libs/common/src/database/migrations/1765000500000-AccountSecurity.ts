import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts that can be managed: a token version (bumped by logout, password change, reset and deactivation, it
 * revokes every token issued before), a must-change flag for passwords set by someone else, system accounts that
 * never log in interactively, a deactivation by an administrator that org.yaml does not undo, and a log of
 * account events (failed logins among them).
 */
export class AccountSecurity1765000500000 implements MigrationInterface {
  name = 'AccountSecurity1765000500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE app_user
        ADD COLUMN token_version integer NOT NULL DEFAULT 0,
        ADD COLUMN must_change_password boolean NOT NULL DEFAULT false,
        ADD COLUMN system_account boolean NOT NULL DEFAULT false,
        ADD COLUMN password_changed_at timestamptz,
        ADD COLUMN disabled_at timestamptz`);
    // The portal's account acts through signed requests only; the shared demo password it was seeded with goes.
    await q.query(`
      UPDATE app_user SET system_account = true, password_hash = NULL, token_version = token_version + 1
      WHERE 'portal' = ANY (roles)`);
    await q.query(`
      CREATE TABLE auth_event (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        kind varchar(32) NOT NULL,
        username varchar(64),
        actor varchar(64),
        address varchar(64),
        detail text
      )`);
    await q.query(`CREATE INDEX auth_event_username_at_idx ON auth_event (username, at DESC)`);
    await q.query(`CREATE INDEX auth_event_at_idx ON auth_event (at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE auth_event`);
    await q.query(`
      ALTER TABLE app_user
        DROP COLUMN token_version,
        DROP COLUMN must_change_password,
        DROP COLUMN system_account,
        DROP COLUMN password_changed_at,
        DROP COLUMN disabled_at`);
  }
}
