import { inScope } from './report-scope.rules';

// Parameters of both statements: $1 the period's start, $2 its end, $3 the reader's units, $4 the instant judged at.

// Local (Vietnam) calendar date of an instant: the "on the due day" half of timeliness().
const vnDate = (col: string) => `(${col} AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;

const inPeriod = 'd.received_at >= $1 AND d.received_at < $2';
const finishedInPeriod = 'd.finished_at >= $1 AND d.finished_at < $2';
const pendingAtEnd = '(d.finished_at IS NULL OR d.finished_at >= $2)';

/** Done in the period: the dossiers form 06 counts as resolved and the working-time average is taken over. */
export const DONE_IN_PERIOD = `d.status = 'done' AND ${finishedInPeriod}`;

/** The count columns of form 06 (HandlingSqlRow's), in order. */
export const COUNT_COLUMNS = [
  'received_online',
  'received_offline',
  'carried_over',
  'resolved_early',
  'resolved_on_time',
  'resolved_late',
  'closed_other',
  'pending_within',
  'pending_overdue',
  'supplemented',
] as const;

/** `sum(c)::bigint AS c` for each column, summing rows of counts into fewer. */
export const sumsOf = (columns: readonly string[]): string =>
  columns.map((c) => `sum(${c})::bigint AS ${c}`).join(', ');

/** The counts of form 06, as FILTER aggregates over HANDLING_SOURCE, named as HandlingSqlRow's columns. */
export const HANDLING_COUNTS = `
  count(*) FILTER (WHERE ${inPeriod} AND d.channel = 'online') AS received_online,
  count(*) FILTER (WHERE ${inPeriod} AND d.channel <> 'online') AS received_offline,
  count(*) FILTER (WHERE d.received_at < $1) AS carried_over,
  count(*) FILTER (WHERE ${DONE_IN_PERIOD} AND ${vnDate('d.finished_at')} < ${vnDate('d.due_at')}) AS resolved_early,
  count(*) FILTER (WHERE ${DONE_IN_PERIOD} AND d.finished_at <= d.due_at
                     AND ${vnDate('d.finished_at')} = ${vnDate('d.due_at')}) AS resolved_on_time,
  count(*) FILTER (WHERE ${DONE_IN_PERIOD} AND d.finished_at > d.due_at) AS resolved_late,
  count(*) FILTER (WHERE d.status <> 'done' AND ${finishedInPeriod}) AS closed_other,
  count(*) FILTER (WHERE ${pendingAtEnd} AND (d.due_at IS NULL OR d.due_at >= $4)) AS pending_within,
  count(*) FILTER (WHERE ${pendingAtEnd} AND d.due_at < $4) AS pending_overdue,
  count(*) FILTER (WHERE ${inPeriod} AND p.dossier_id IS NOT NULL) AS supplemented`;

/**
 * Every dossier the period touches (received before its end, not finished before its start) whose statutory
 * clock started (complete receipts), in the reader's scope; the supplement requests are joined as a set, not
 * probed per dossier. A dossier done in the period is among them (it was received before it was finished).
 * The procedure revision is not joined here: the rows are first counted per revision (`d.procedure_version_id`)
 * and the few counted rows joined to `procedure_version` for its name or field.
 */
export const HANDLING_SOURCE = `
  FROM dossier d
  LEFT JOIN (SELECT DISTINCT dossier_id FROM dossier_pause) p ON p.dossier_id = d.id
 WHERE d.clock_started_at IS NOT NULL
   AND d.received_at < $2
   AND (d.finished_at IS NULL OR d.finished_at >= $1)
   AND ${inScope(3)}`;
