import type { EntityManager } from 'typeorm';
import { type BranchRow, DossierBranchEntity } from '../dossier-branch.entity';
import { columnValues, mappingOf } from './dossier.sql';

/** The branch rows of dossiers, by dossier id then branch (an empty list reads nothing). */
export async function findBranches(
  manager: EntityManager,
  dossierIds: readonly string[],
): Promise<DossierBranchEntity[]> {
  if (dossierIds.length === 0) return [];
  const m = mappingOf(manager, DossierBranchEntity);
  const rows = (await manager.query(
    `SELECT ${m.select} FROM ${m.table} WHERE dossier_id = ANY($1::uuid[]) ORDER BY dossier_id, branch`,
    [dossierIds],
  )) as object[];
  return rows.map((row) => Object.assign(new DossierBranchEntity(), row));
}

/**
 * Writes a plan's branch rows, each inserted or replaced whole (one statement per row; a fork has few), and clears
 * the escalated branch flags (dossier_flag, BranchFlagRepository) that the rows no longer carry.
 */
export async function upsertBranches(
  manager: EntityManager,
  dossierId: string,
  rows: readonly BranchRow[],
  at: Date,
): Promise<void> {
  const m = mappingOf(manager, DossierBranchEntity);
  for (const row of rows) {
    const values = columnValues(m, { ...row, dossierId });
    const columns = values.map(([c]) => c);
    const updates = columns.filter((c) => c !== '"dossier_id"' && c !== '"branch"');
    await manager.query(
      `INSERT INTO ${m.table} (${columns.join(', ')}) VALUES (${values.map((_, i) => `$${i + 1}`).join(', ')})
       ON CONFLICT (dossier_id, branch) DO UPDATE SET ${updates.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}`,
      values.map(([, v]) => v),
    );
  }
  const down = rows.flatMap((row) =>
    (
      [
        ['step_overdue', row.flagStepOverdueAt],
        ['due_soon', row.flagDueSoonAt],
        ['stalled', row.flagStalledAt],
      ] as const
    )
      .filter(([, raised]) => raised === null)
      .map(([flag]) => [row.branch, flag] as const),
  );
  await manager.query(
    `UPDATE dossier_flag f SET cleared_at = $2
       FROM unnest($3::varchar[], $4::varchar[]) AS k(branch, flag)
      WHERE f.dossier_id = $1 AND f.cleared_at IS NULL AND f.flag = k.flag
        AND starts_with(f.subject, 'branch:' || k.branch || '@')`,
    [dossierId, at, down.map(([b]) => b), down.map(([, f]) => f)],
  );
}

/** Closes the branches still open when a dossier in a fork ends by a path that plans no branch rows. */
export async function closeOpenBranches(manager: EntityManager, dossierId: string, at: Date): Promise<void> {
  await manager.query(
    `UPDATE dossier_branch SET step = NULL, owner_unit = NULL, owner_role = NULL, assignee_id = NULL,
            due_soon_from = NULL, stall_at = NULL, paused_at = NULL, flag_due_soon_at = NULL,
            flag_step_overdue_at = NULL, flag_stalled_at = NULL, closed_at = $2
      WHERE dossier_id = $1 AND step IS NOT NULL`,
    [dossierId, at],
  );
  await manager.query(
    `UPDATE dossier_flag SET cleared_at = $2
      WHERE dossier_id = $1 AND cleared_at IS NULL AND starts_with(subject, 'branch:')`,
    [dossierId, at],
  );
}
