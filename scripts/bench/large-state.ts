import type { Client } from 'pg';

/** The predicate of the sweep's partial indexes: a running dossier. */
export const RUNNING = `paused_at IS NULL AND status IN ('in_progress', 'result_ready')`;

/** Running dossiers past their appointment at `now`: what the sweep must flag overdue. */
export async function countOverdue(client: Client, now: Date): Promise<number> {
  const { rows } = await client.query<{ n: string }>(
    `SELECT count(*) AS n FROM dossier WHERE ${RUNNING} AND due_at < $1`,
    [now],
  );
  return Number(rows[0].n);
}

/** Takes every flag down, as if no timer or sweep had ever run: the sweep's starting point. */
export async function clearFlags(client: Client): Promise<void> {
  await client.query(`TRUNCATE escalation, dossier_flag, outbox`);
  await client.query(
    `UPDATE dossier SET flag_due_soon_at = NULL, flag_overdue_at = NULL, flag_step_overdue_at = NULL,
            flag_stalled_at = NULL, apology_reminded_at = NULL
      WHERE flag_due_soon_at IS NOT NULL OR flag_overdue_at IS NOT NULL OR flag_step_overdue_at IS NOT NULL
         OR flag_stalled_at IS NOT NULL OR apology_reminded_at IS NOT NULL`,
  );
  await client.query('VACUUM ANALYZE dossier');
}

/**
 * After a sweep: every open flag's escalation is recorded as run to its last level, and the outbox (escalation
 * jobs, timers) is emptied, so a worker started on the data set has nothing to catch up on.
 */
export async function settle(client: Client): Promise<void> {
  await client.query(
    `INSERT INTO escalation (flag_id, dossier_id, level, recipients, escalated_at)
     SELECT id, dossier_id, 3, 1, now() FROM dossier_flag WHERE cleared_at IS NULL
     ON CONFLICT DO NOTHING`,
  );
  await client.query('TRUNCATE outbox');
  await client.query('VACUUM ANALYZE dossier, dossier_flag, escalation');
}
