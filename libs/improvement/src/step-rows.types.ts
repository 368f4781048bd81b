/*
 * The rows the step figures' statements return (PostgreSQL's bigint and numeric come back as text). Each row counts
 * the hand-overs of one step of one revision whose minutes of one kind round to the same whole minute `m`: a
 * histogram the figures fold, so that the database sorts nothing. Kind `t`: the hand-over's working minutes (with
 * the counters: hand-overs, late ones, supplement requests, whose `m` is null); `w`: its wait before
 * the pick-up; `k`: its work after it (both only where a pick-up was recorded).
 */

export interface StepSqlRow {
  revision: string;
  step: string;
  kind: 't' | 'w' | 'k';
  m: string | null;
  hand_overs: string;
  minutes: string | null;
  late: string;
  supplements: string;
  /**
   * Kind `t`: the step the hand-overs went to (null: the route ended). One no later in the procedure file than the
   * step itself makes them send-backs, as the engine counts them, and visits of that step beyond the first.
   */
  to_step: string | null;
}

/** Late dossiers of a revision late at a step; `step` null: all the revision's late dossiers. */
export interface LateSqlRow {
  revision: string;
  step: string | null;
  dossiers: string;
}

/** The hand-overs of one step of one revision in one Vietnam calendar month (yyyy-mm). */
export interface TrendSqlRow {
  revision: string;
  step: string;
  month: string;
  hand_overs: string;
  late: string;
  minutes: string | null;
}

/** StepSqlRow of the hand-overs one officer made (the hand-over's actor). */
export interface OfficerSqlRow extends StepSqlRow {
  username: string;
  name: string | null;
}
