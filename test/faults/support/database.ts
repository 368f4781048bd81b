import { Client } from 'pg';

/** One short-lived connection to the fault run's database per call: it survives the server restarting. */
export async function query<T = Record<string, unknown>>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

const SHIFTED = [
  'received_at',
  'accepted_at',
  'clock_started_at',
  'due_at',
  'step_started_at',
  'step_due_at',
  'last_activity_at',
  'due_soon_from',
  'stall_at',
  'apology_reminder_at',
];

/**
 * Moves up to `count` running dossiers `days` into the past, as if they had been received that long ago: their
 * flags, and the apology reminder, are due at once. The processes keep the real clock; this is how a run gets
 * dossiers whose deadlines have passed. Returns their ids.
 */
export async function ageRunningDossiers(url: string, count: number, days = 120): Promise<string[]> {
  const set = SHIFTED.map((c) => `${c} = ${c} - make_interval(days => $2)`).join(', ');
  const rows = await query<{ id: string }>(
    url,
    `WITH picked AS (
       SELECT id FROM dossier
       WHERE status = 'in_progress' AND paused_at IS NULL AND version = 2
       ORDER BY code LIMIT $1 FOR UPDATE SKIP LOCKED)
     UPDATE dossier d SET ${set} FROM picked WHERE d.id = picked.id RETURNING d.id`,
    [count, days],
  );
  return rows.map((r) => r.id);
}
