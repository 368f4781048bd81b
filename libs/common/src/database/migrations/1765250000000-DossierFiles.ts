import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dossier's files become metadata beside bytes kept in the FileStore (`file_key`, the sha256 key): desk scans,
 * the portal's files and officers' working documents, listed in the order they were attached (`seq`), each with its
 * component (the procedure's document it stands for; null for a working document), who attached it at which step,
 * and reception's check (digitisation).
 *
 * Rows the portal wrote before this migration hold their bytes in `content`; they stay as they are and are served
 * from the row (no file is moved while the migration holds the table). A row has its bytes in one place or the
 * other, never in both, never in neither.
 */
export class DossierFiles1765250000000 implements MigrationInterface {
  name = 'DossierFiles1765250000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE dossier_document
        ALTER COLUMN content DROP NOT NULL,
        ALTER COLUMN name DROP NOT NULL,
        ADD COLUMN file_key varchar(80),
        ADD COLUMN seq bigserial,
        ADD COLUMN kind varchar(16) NOT NULL DEFAULT 'portal' CHECK (kind IN ('desk', 'portal', 'working')),
        ADD COLUMN step varchar(64),
        ADD COLUMN attached_by uuid,
        ADD COLUMN attached_by_username varchar(64),
        ADD COLUMN checked_at timestamptz,
        ADD COLUMN checked_by_username varchar(64),
        ADD CONSTRAINT dossier_document_bytes_check CHECK ((content IS NULL) <> (file_key IS NULL)),
        ADD CONSTRAINT dossier_document_component_check CHECK ((kind = 'working') = (name IS NULL))`);
    await q.query(`ALTER TABLE dossier_document ALTER COLUMN kind DROP DEFAULT`);
    await q.query(`ALTER TABLE dossier_document RENAME COLUMN created_at TO attached_at`);
    await q.query(`ALTER TABLE access_log DROP CONSTRAINT access_log_kind_check`);
    await q.query(
      `ALTER TABLE access_log ADD CONSTRAINT access_log_kind_check
         CHECK (kind IN ('view', 'form', 'book', 'search', 'list', 'file'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    // Fails while file downloads are logged or rows hold only a key: their bytes are in the FileStore.
    await q.query(`ALTER TABLE access_log DROP CONSTRAINT access_log_kind_check`);
    await q.query(
      `ALTER TABLE access_log ADD CONSTRAINT access_log_kind_check
         CHECK (kind IN ('view', 'form', 'book', 'search', 'list'))`,
    );
    await q.query(`ALTER TABLE dossier_document RENAME COLUMN attached_at TO created_at`);
    await q.query(`
      ALTER TABLE dossier_document
        DROP CONSTRAINT dossier_document_bytes_check,
        DROP CONSTRAINT dossier_document_component_check,
        DROP COLUMN file_key, DROP COLUMN seq, DROP COLUMN kind, DROP COLUMN step, DROP COLUMN attached_by,
        DROP COLUMN attached_by_username, DROP COLUMN checked_at, DROP COLUMN checked_by_username,
        ALTER COLUMN content SET NOT NULL,
        ALTER COLUMN name SET NOT NULL`);
  }
}
