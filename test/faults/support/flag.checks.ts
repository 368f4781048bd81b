import { join } from 'node:path';
import type { WorkingCalendar } from '@motcua/calendar';
import { loadCatalog } from '../../../libs/catalog/src/catalog-loader.service';
import { timedStep } from '../../../libs/dossier/src/deadline/deadline.rules';
import { query } from './database';

let calendar: WorkingCalendar | undefined;
/** The shipped working calendar, as the service reads it. */
function workingCalendar(): WorkingCalendar {
  calendar ??= loadCatalog(join(__dirname, '../../../workflows')).catalog!.calendar;
  return calendar;
}

// Instants this close to now may still be on their way through a timer or the sweep.
const MARGIN = "interval '15 seconds'";

const FLAGS = [
  { flag: 'overdue', column: 'flag_overdue_at', due: `d.due_at < now() - ${MARGIN}` },
  { flag: 'step_overdue', column: 'flag_step_overdue_at', due: `d.step_due_at < now() - ${MARGIN}` },
  { flag: 'due_soon', column: 'flag_due_soon_at', due: `d.due_soon_from <= now() - ${MARGIN}` },
  { flag: 'stalled', column: 'flag_stalled_at', due: `d.stall_at <= now() - ${MARGIN}` },
];

const RUNNING = `d.status IN ('in_progress', 'result_ready') AND d.paused_at IS NULL`;

/**
 * The flags the deadline rules call for at this instant, from the instants stored on each dossier: every one whose
 * instant has passed is up on a running dossier (column and open `dossier_flag` row), none is up early or on a
 * dossier that does not run, and every flag raised has had its first escalation exactly once. Also the apology
 * reminder of every dossier past its reminder instant.
 */
export async function checkFlags(url: string): Promise<string[]> {
  const problems: string[] = [];
  for (const { flag, column, due } of FLAGS) {
    const missed = await query<{ code: string; start: Date | null; due: Date | null }>(
      url,
      `SELECT d.code, d.step_started_at AS start, d.step_due_at AS due FROM dossier d
       WHERE ${RUNNING} AND ${due}
         AND (d.${column} IS NULL OR NOT EXISTS (
           SELECT 1 FROM dossier_flag f WHERE f.dossier_id = d.id AND f.flag = $1 AND f.cleared_at IS NULL))
       ORDER BY d.code`,
      [flag],
    );
    // A step visit with no working time has no step flag (timedStep); the aged dossiers' moved windows can be one.
    const owed = missed.filter(
      (r) => flag !== 'step_overdue' || !r.start || !r.due || timedStep(workingCalendar(), r.start, r.due),
    );
    problems.push(...owed.map((r) => `${r.code}: ${flag} missed`));
    const early = await query<{ code: string }>(
      url,
      `SELECT d.code FROM dossier d JOIN dossier_flag f ON f.dossier_id = d.id AND f.flag = $1
       WHERE f.cleared_at IS NULL AND NOT (${RUNNING} AND ${due.replace(`- ${MARGIN}`, '')})
       ORDER BY d.code`,
      [flag],
    );
    problems.push(
      ...early.map((r) => `${r.code}: ${flag} up while not due, or on a dossier that does not run`),
    );
  }
  const twice = await query<{ code: string; flag: string }>(
    url,
    `SELECT d.code, f.flag FROM dossier_flag f JOIN dossier d ON d.id = f.dossier_id
     WHERE f.cleared_at IS NULL GROUP BY d.code, f.flag HAVING count(*) > 1`,
  );
  problems.push(...twice.map((r) => `${r.code}: ${r.flag} open twice`));
  const unescalated = await query<{ code: string; flag: string; levels: number }>(
    url,
    `SELECT d.code, f.flag, count(e.*)::int AS levels FROM dossier_flag f
     JOIN dossier d ON d.id = f.dossier_id
     LEFT JOIN escalation e ON e.flag_id = f.id AND e.level = 1
     WHERE f.raised_at < now() - ${MARGIN} AND f.cleared_at IS NULL
     GROUP BY d.code, f.id, f.flag HAVING count(e.*) <> 1`,
  );
  problems.push(...unescalated.map((r) => `${r.code}: ${r.flag} escalated ${r.levels} times at level 1`));
  const unreminded = await query<{ code: string }>(
    url,
    `SELECT d.code FROM dossier d
     WHERE d.status = 'in_progress' AND d.paused_at IS NULL AND d.extended_at IS NULL
       AND d.apology_reminder_at < now() - ${MARGIN} AND d.apology_reminded_at IS NULL`,
  );
  problems.push(...unreminded.map((r) => `${r.code}: apology reminder missed`));
  return problems;
}

/** How many flags are open: a run that ages dossiers must see some, or the flag checks prove nothing. */
export async function openFlags(url: string): Promise<number> {
  const [row] = await query<{ n: number }>(
    url,
    'SELECT count(*)::int AS n FROM dossier_flag WHERE cleared_at IS NULL',
  );
  return row.n;
}
