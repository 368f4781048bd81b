import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The result a dossier's competent agency issues (its decision, certificate or copy; or, after acceptance, its written
 * refusal): one row per dossier, replaced while the dossier has not been handed over, written in the transaction of
 * its `record_result` event. The signed PDF's bytes are in the file store under `file_key` (sha256). Downloads by the
 * citizen, who has no account, go to `public_access_log`; an officer's go to `access_log` with the kind `result`.
 */
export class DossierResult1765262000000 implements MigrationInterface {
  name = 'DossierResult1765262000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE dossier_result (
        dossier_id uuid PRIMARY KEY REFERENCES dossier(id) ON DELETE CASCADE,
        kind varchar(8) NOT NULL CHECK (kind IN ('result', 'refusal')),
        number varchar(64) NOT NULL,
        document_date date NOT NULL,
        signer_name text NOT NULL,
        signer_title text NOT NULL,
        decision text NOT NULL,
        source varchar(8) NOT NULL CHECK (source IN ('template', 'upload')),
        sha256 char(64) NOT NULL,
        file_key text NOT NULL,
        size integer NOT NULL CHECK (size > 0),
        signed_at timestamptz NOT NULL,
        certificate_sha256 char(64) NOT NULL,
        recorded_at timestamptz NOT NULL,
        recorded_by uuid NOT NULL,
        recorded_by_username varchar(64) NOT NULL,
        recorded_version integer NOT NULL
      )`);
    await q.query(`
      CREATE TABLE public_access_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL,
        dossier_id uuid NOT NULL,
        dossier_code varchar(40) NOT NULL,
        kind varchar(16) NOT NULL,
        client_address varchar(64)
      )`);
    await q.query(
      `CREATE INDEX public_access_log_dossier_idx ON public_access_log (dossier_code, at DESC, id DESC)`,
    );
    await setAccessKinds(q, (kinds) => [...new Set([...kinds, 'result'])]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM access_log WHERE kind = 'result'`);
    await setAccessKinds(q, (kinds) => kinds.filter((k) => k !== 'result'));
    await q.query(`DROP TABLE public_access_log`);
    await q.query(`DROP TABLE dossier_result`);
  }
}

/**
 * Rewrites the CHECK of access_log.kind from the kinds it allows now, so that kinds other migrations add are kept
 * whatever order they run in.
 */
async function setAccessKinds(q: QueryRunner, change: (kinds: string[]) => string[]): Promise<void> {
  const checks = (await q.query(
    `SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE conrelid = 'access_log'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%kind%'`,
  )) as Array<{ conname: string; def: string }>;
  const kinds = checks.flatMap((c) => [...c.def.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]));
  for (const c of checks) await q.query(`ALTER TABLE access_log DROP CONSTRAINT "${c.conname}"`);
  const allowed = change([...new Set(kinds)]).map((k) => `'${k}'`);
  await q.query(
    `ALTER TABLE access_log ADD CONSTRAINT access_log_kind_check CHECK (kind IN (${allowed.join(', ')}))`,
  );
}
