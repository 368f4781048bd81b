import { query } from './database';
import { type Expectation, STARTED } from './expectation';

interface DossierHistory {
  code: string;
  status: string;
  version: number;
  versions: number[];
  actions: string[];
  from_statuses: (string | null)[];
  to_statuses: string[];
}

const STARTED_STATUSES = new Set(['in_progress', 'result_ready']);

/**
 * Every dossier the run made is in PostgreSQL once, in the status expected, with exactly one audit event per
 * transition: versions 1..N without gap or repeat, each event starting where the one before ended, the last
 * ending in the dossier's status, one intake per acceptance, and the officers' actions those the driver made.
 */
export async function checkStates(url: string, expected: Expectation[]): Promise<string[]> {
  const rows = await query<DossierHistory>(
    url,
    `SELECT d.code, d.status, d.version,
            array_agg(e.version ORDER BY e.version, e.id) AS versions,
            array_agg(e.action ORDER BY e.version, e.id) AS actions,
            array_agg(e.from_status ORDER BY e.version, e.id) AS from_statuses,
            array_agg(e.to_status ORDER BY e.version, e.id) AS to_statuses
     FROM dossier d JOIN dossier_event e ON e.dossier_id = d.id
     GROUP BY d.id`,
  );
  const found = new Map(rows.map((r) => [r.code, r]));
  const problems: string[] = [];
  const wanted = new Set(expected.map((e) => e.code));
  for (const code of found.keys()) if (!wanted.has(code)) problems.push(`${code}: not made by the run`);
  for (const want of expected) {
    const row = found.get(want.code);
    if (!row) {
      problems.push(`${want.code}: missing`);
      continue;
    }
    problems.push(...historyProblems(row, want).map((p) => `${want.code}: ${p}`));
  }
  return problems;
}

function historyProblems(row: DossierHistory, want: Expectation): string[] {
  const problems: string[] = [];
  const statusOk = want.status === STARTED ? STARTED_STATUSES.has(row.status) : row.status === want.status;
  if (!statusOk) problems.push(`status ${row.status}, expected ${want.status}`);
  const contiguous = row.versions.every((v, i) => v === i + 1) && row.versions.length === row.version;
  if (!contiguous) problems.push(`event versions [${row.versions.join(',')}] for version ${row.version}`);
  row.from_statuses.forEach((from, i) => {
    if (i > 0 && from !== row.to_statuses[i - 1]) {
      problems.push(
        `event ${i + 1} (${row.actions[i]}) from ${from}, but the one before ended ${row.to_statuses[i - 1]}`,
      );
    }
  });
  if (row.to_statuses.at(-1) !== row.status) problems.push(`last event ends ${row.to_statuses.at(-1)}`);
  const acceptances = row.to_statuses.filter((s) => s === 'accepted').length;
  const intakes = row.actions.filter((a) => a === 'intake').length;
  if (row.status !== 'accepted' && intakes !== acceptances) {
    problems.push(`${intakes} intake events for ${acceptances} acceptances`);
  }
  // After the desk's decision (the first event), what is not the worker's intake is an officer's action.
  const officers = row.actions.slice(1).filter((a) => a !== 'intake');
  if (want.actions && officers.join(' ') !== want.actions.join(' ')) {
    problems.push(`actions [${officers.join(', ')}], driver made [${want.actions.join(', ')}]`);
  }
  return problems;
}
