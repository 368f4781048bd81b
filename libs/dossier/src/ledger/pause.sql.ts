import type { EntityManager } from 'typeorm';
import type { PauseDraft } from './dossier.plan';

/** The ledger's statements on a dossier's waits for the citizen (`dossier_pause`). */
export async function openPause(
  manager: EntityManager,
  dossierId: string,
  startedAt: Date,
  pause: PauseDraft,
): Promise<void> {
  await manager.query(
    `INSERT INTO dossier_pause (dossier_id, step, reason, missing_items, started_at, due_before)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [dossierId, pause.step, pause.reason, JSON.stringify(pause.missingItems), startedAt, pause.dueBefore],
  );
}

/** Ends the open wait and, in the same statement, the row's supplement-overdue flag (the wait is over). */
export async function closePause(
  manager: EntityManager,
  dossierId: string,
  endedAt: Date,
  dueAfter: Date | null,
): Promise<void> {
  await manager.query(
    `WITH closed AS (
       UPDATE dossier_pause SET ended_at = $2, due_after = $3 WHERE dossier_id = $1 AND ended_at IS NULL
     )
     UPDATE dossier SET flag_supplement_overdue_at = NULL
      WHERE id = $1 AND flag_supplement_overdue_at IS NOT NULL`,
    [dossierId, endedAt, dueAfter],
  );
}

export async function expirePause(manager: EntityManager, pauseId: string, at: Date): Promise<void> {
  await manager.query(`UPDATE dossier_pause SET expired_at = $2 WHERE id = $1`, [pauseId, at]);
}
