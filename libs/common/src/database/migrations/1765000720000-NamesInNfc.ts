import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Applicants' names and addresses in Unicode NFC, as the api now stores every new one: a name received decomposed
 * ("e" + U+0302 + U+0303 for "ễ") was found by no search typed on an ordinary keyboard.
 */
export class NamesInNfc1765000720000 implements MigrationInterface {
  name = 'NamesInNfc1765000720000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE dossier
         SET applicant_name = normalize(applicant_name, NFC),
             applicant = applicant
               || jsonb_build_object('fullName', normalize(applicant->>'fullName', NFC))
               || CASE WHEN applicant ? 'address'
                       THEN jsonb_build_object('address', normalize(applicant->>'address', NFC))
                       ELSE '{}'::jsonb END
       WHERE applicant_name IS NOT NFC NORMALIZED
          OR (applicant->>'fullName') IS NOT NFC NORMALIZED
          OR (applicant->>'address') IS NOT NFC NORMALIZED`);
  }

  async down(): Promise<void> {
    // The decomposed spellings are not kept: NFC is the same text.
  }
}
