import { query } from './app';

const at = (local: string) => new Date(`2026-10-${local}:00+07:00`);

/** One dossier of 2.000908 run through its four steps, the last hand-over `finish`; 1 working day from `start`. */
export async function ranDossier(code: string, start: Date, finish: Date, dueAt: Date): Promise<void> {
  const [{ id: versionId }] = await query<{ id: string }>(
    `SELECT id FROM procedure_version WHERE code = '2.000908' ORDER BY revision DESC LIMIT 1`,
  );
  const [{ id }] = await query<{ id: string }>(
    `INSERT INTO dossier (code, procedure_code, procedure_version_id, receiving_unit, route_units, channel, status,
                          applicant, applicant_name, applicant_id_number, documents, received_at, clock_started_at,
                          due_at, finished_at, last_activity_at)
     VALUES ($1, '2.000908', $2, 'mot-cua-xa', ARRAY['mot-cua-xa'], 'in_person', 'done', '{}', 'Nguyễn Văn An',
             '001090000001', '[]', $3, $3, $4, $5, $5) RETURNING id`,
    [code, versionId, start, dueAt, finish],
  );
  const steps = [
    ['receive', 'forward', 'appraise'],
    ['appraise', 'submit', 'sign'],
    ['sign', 'sign', 'release'],
    ['release', 'hand_over', null],
  ];
  const minutes = (finish.getTime() - start.getTime()) / 60_000 / 4;
  for (const [k, [from, action, to]] of steps.entries())
    await query(
      `INSERT INTO dossier_event (dossier_id, version, action, from_step, to_step, to_status, occurred_at,
                                  working_minutes)
       VALUES ($1, $2, $3, $4, $5, 'in_progress', $6, $7)`,
      [id, k + 2, action, from, to, new Date(start.getTime() + (k + 1) * minutes * 60_000), minutes],
    );
}

/** Monday 5 and Tuesday 6 October 2026: two dossiers of 2.000908 on time (within the morning), SIM-C a day late. */
export async function threeOctoberDossiers(): Promise<void> {
  await ranDossier('SIM-A', at('05T08:00'), at('05T10:00'), at('06T08:00'));
  await ranDossier('SIM-B', at('06T08:00'), at('06T09:00'), at('07T08:00'));
  await ranDossier('SIM-C', at('06T08:00'), at('08T08:00'), at('07T08:00'));
}
