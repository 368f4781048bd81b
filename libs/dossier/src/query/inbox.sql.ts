import { type AuthUser, hasRole } from '@motcua/identity';
import { WAITING_STATUSES } from '../deadline/supplement-wait.rules';

const RECEPTION_STATUSES = ['submitted', ...WAITING_STATUSES];
/**
 * When the dossier's overdue flag was raised: among equal step deadlines, the dossiers past their appointment come
 * first (the earliest flagged first; null, not overdue, sorts last), as dossier_inbox_idx holds them.
 */
const OVERDUE_AT = 'd.flag_overdue_at AS overdue_at';

export interface InboxStatement {
  /** Rows of the page in inbox order, each with `total`: the inbox counted up to the cap. */
  page: [string, unknown[]];
  /** The inbox counted up to the cap alone, for a page past its end (which has no row to carry the count). */
  count: [string, unknown[]];
}

/**
 * Steps waiting on the caller's unit and roles, assigned to them or to nobody (a head sees the whole unit); for
 * reception, also the online dossiers sent in to their unit and not yet accepted or refused, and the dossiers of
 * their unit waiting for the citizen's supplement. Most urgent step deadline first and, among equal ones, the
 * dossiers past their appointment first. The page and the capped count are one statement: the ordered
 * ids come from dossier_inbox_idx alone, and only the page's rows are read. `columns` selects the dossier.
 */
export function inboxStatement(
  user: AuthUser,
  columns: string,
  page: { offset: number; limit: number; cap: number },
): InboxStatement {
  const params: unknown[] = [user.unitId];
  const param = (value: unknown): string => `$${params.push(value)}`;
  let steps = `d.step IS NOT NULL AND d.step_owner_unit = $1 AND d.status IN ('in_progress', 'result_ready')`;
  // Branch steps of forks (dossier_branch_inbox_idx): the dossier is in the inbox of each open branch's owner.
  let branchSteps = `b.step IS NOT NULL AND b.paused_at IS NULL AND b.owner_unit = $1`;
  if (!hasRole(user, 'head')) {
    // One role (the usual case) as an equality: dossier_inbox_idx then gives the steps in inbox order.
    const role = user.roles.length === 1 ? `= ${param(user.roles[0])}` : `= ANY(${param(user.roles)})`;
    const me = param(user.id);
    steps += ` AND d.step_owner_role ${role} AND (d.assignee_id IS NULL OR d.assignee_id = ${me})`;
    branchSteps += ` AND b.owner_role ${role} AND (b.assignee_id IS NULL OR b.assignee_id = ${me})`;
  }
  const branched = `SELECT b.dossier_id AS id, b.step_due_at, ${OVERDUE_AT}, d.received_at
      FROM dossier_branch b JOIN dossier d ON d.id = b.dossier_id
     WHERE ${branchSteps} AND d.status IN ('in_progress', 'result_ready', 'awaiting_supplement')`;
  const where = hasRole(user, 'reception')
    ? `(${steps}) OR (d.status = ANY(${param(RECEPTION_STATUSES)}) AND d.receiving_unit = $1)`
    : steps;
  // Among equal step deadlines, the dossiers already past their appointment first (dossier_inbox_idx's order).
  const order = 'step_due_at, overdue_at, received_at, id';
  const cap = param(page.cap);
  const countParams = [...params];
  const span = param(Math.max(page.cap, page.offset + page.limit));
  // The single-line steps and the branch steps each come ordered from their own index (UNION ALL, no OR); a
  // dossier held twice by the caller (two branches) is listed once, at its earliest due instant.
  const sql = `WITH hits AS MATERIALIZED (
      SELECT id, min(step_due_at) AS step_due_at, overdue_at, received_at FROM (
        (SELECT d.id, d.step_due_at, ${OVERDUE_AT}, d.received_at FROM dossier d WHERE ${where}
          ORDER BY ${order} LIMIT ${span})
        UNION ALL (${branched} ORDER BY ${order} LIMIT ${span})) u
      GROUP BY id, overdue_at, received_at ORDER BY ${order} LIMIT ${span})
    SELECT p.total, ${columns}
      FROM (SELECT id AS hit, step_due_at AS hit_due, overdue_at AS hit_overdue_at, received_at AS hit_received,
                   least(count(*) OVER (), ${cap})::int AS total
              FROM hits ORDER BY ${order} OFFSET ${param(page.offset)} LIMIT ${param(page.limit)}) p
      JOIN dossier d ON d.id = p.hit
     ORDER BY p.hit_due, p.hit_overdue_at, p.hit_received, p.hit`;
  return {
    page: [sql, params],
    count: [
      `SELECT count(DISTINCT id)::int AS total FROM (
         (SELECT d.id FROM dossier d WHERE ${where} LIMIT ${cap})
         UNION ALL (SELECT id FROM (${branched} LIMIT ${cap}) b)) AS hits`,
      countParams,
    ],
  };
}
