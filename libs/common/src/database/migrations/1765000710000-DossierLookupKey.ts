import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The public lookup key becomes a random key of its own, printed on the receipt: 8 characters of Crockford's base
 * 32 (40 bits). It used to be the last 4 digits of the applicant's phone or id number: two keys in 10,000 opened
 * a dossier, and anyone who knew the citizen knew the key.
 *
 * Stored as is, not hashed: the receipt (form 01) and its QR code are printed again from it, and the key only
 * shows a dossier's progress, never personal data. The function draws from gen_random_uuid() (a strong random
 * source) so that dossiers written outside the application, and every existing one, get a key too.
 */
export class DossierLookupKey1765000710000 implements MigrationInterface {
  name = 'DossierLookupKey1765000710000';

  async up(q: QueryRunner): Promise<void> {
    // Bytes 0-5 and 10-11 of a version 4 uuid are wholly random (6 and 8 carry the version and variant bits).
    await q.query(`
      CREATE FUNCTION dossier_lookup_key() RETURNS varchar(8) LANGUAGE sql VOLATILE AS $$
        SELECT string_agg(substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ', get_byte(r.b, i) % 32 + 1, 1), '' ORDER BY n)
          FROM (SELECT decode(replace(gen_random_uuid()::text, '-', ''), 'hex') AS b) r,
               unnest(ARRAY[0, 1, 2, 3, 4, 5, 10, 11]) WITH ORDINALITY AS t(i, n)
      $$`);
    await q.query(`ALTER TABLE dossier ADD COLUMN lookup_key varchar(8)`);
    await q.query(`UPDATE dossier SET lookup_key = dossier_lookup_key()`);
    await q.query(`ALTER TABLE dossier ALTER COLUMN lookup_key SET DEFAULT dossier_lookup_key()`);
    await q.query(`ALTER TABLE dossier ALTER COLUMN lookup_key SET NOT NULL`);
    await q.query(
      `ALTER TABLE dossier ADD CONSTRAINT dossier_lookup_key_format CHECK (lookup_key ~ '^[0-9A-HJKMNP-TV-Z]{8}$')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE dossier DROP COLUMN lookup_key`);
    await q.query(`DROP FUNCTION dossier_lookup_key()`);
  }
}
