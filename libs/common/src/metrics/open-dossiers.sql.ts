import type { DataSource } from 'typeorm';

export const OPEN_DOSSIER_BUCKETS = ['due_soon', 'overdue', 'step_overdue', 'stalled', 'none'] as const;
export type OpenDossierBucket = (typeof OPEN_DOSSIER_BUCKETS)[number];

// The deadline engine's notion of running (see the Deadlines migration): a paused dossier carries no flag.
const RUNNING = `paused_at IS NULL AND status IN ('in_progress', 'result_ready')`;

/** Running dossiers carrying each flag (one dossier may carry several), and those carrying none. */
export async function countOpenDossiers(dataSource: DataSource): Promise<Record<OpenDossierBucket, number>> {
  const [row] = (await dataSource.query(`
    SELECT count(*) FILTER (WHERE flag_due_soon_at IS NOT NULL)::int AS due_soon,
           count(*) FILTER (WHERE flag_overdue_at IS NOT NULL)::int AS overdue,
           count(*) FILTER (WHERE flag_step_overdue_at IS NOT NULL)::int AS step_overdue,
           count(*) FILTER (WHERE flag_stalled_at IS NOT NULL)::int AS stalled,
           count(*) FILTER (WHERE flag_due_soon_at IS NULL AND flag_overdue_at IS NULL
                              AND flag_step_overdue_at IS NULL AND flag_stalled_at IS NULL)::int AS none
      FROM dossier WHERE ${RUNNING}`)) as Array<Record<OpenDossierBucket, number>>;
  return row;
}
