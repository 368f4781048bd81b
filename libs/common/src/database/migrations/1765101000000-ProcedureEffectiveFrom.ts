import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A procedure version may say when it takes effect (`effectiveFrom`): new dossiers take the highest version in
 * effect, so a revision loaded ahead of its date waits for it. `definition_hash` is the hash of what the file says
 * (its parsed definition, without comments or line numbers): a (code, version) already recorded with another one
 * is refused at start-up. Rows recorded before have none; each gets it when its file is next loaded unchanged.
 */
export class ProcedureEffectiveFrom1765101000000 implements MigrationInterface {
  name = 'ProcedureEffectiveFrom1765101000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE procedure_version ADD COLUMN effective_from timestamptz`);
    await q.query(`ALTER TABLE procedure_version ADD COLUMN definition_hash char(64)`);
    await q.query(
      `CREATE INDEX procedure_version_code_declared_idx ON procedure_version (code, declared_version)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX procedure_version_code_declared_idx`);
    await q.query(`ALTER TABLE procedure_version DROP COLUMN definition_hash`);
    await q.query(`ALTER TABLE procedure_version DROP COLUMN effective_from`);
  }
}
