import { MINUTES_PER_WORKING_DAY, type WorkingCalendar } from '@motcua/calendar';
import { type Timeliness, timeliness } from './dossier-timing.rules';

export type PendingTimeliness = 'within_deadline' | 'overdue';

export interface TimelinessVerdict {
  /** early / on time / late once resolved; within deadline / overdue while pending. */
  status: Timeliness | PendingTimeliness;
  /** Working minutes counted against the limit, and the limit, under this rule. */
  usedMinutes: number;
  allowedMinutes: number;
}

export interface TimelinessInput {
  /** The first clock start and appointment, before any supplement or extension. */
  firstClockStartedAt: Date;
  firstDueAt: Date;
  /** The clock start and appointment in force (restarted by a supplement, moved by an extension). */
  clockStartedAt: Date;
  dueAt: Date;
  /** The appointment the last supplement gave, before any extension (null when there was no extension). */
  dueBeforeExtension: Date | null;
  pauses: Array<{ startedAt: Date; endedAt: Date | null }>;
  finishedAt: Date | null;
}

/**
 * Decree 118/2025: a complete dossier returned after a supplement starts the statutory clock again from zero,
 * so the dossier is judged against the appointment in force.
 */
export function decreeTimeliness(
  calendar: WorkingCalendar,
  d: TimelinessInput,
  now: Date,
): TimelinessVerdict {
  const end = d.finishedAt ?? now;
  const usedMinutes = calendar.workingMinutesBetween(d.clockStartedAt, end);
  const allowedMinutes = calendar.workingMinutesBetween(d.clockStartedAt, d.dueAt);
  const status = d.finishedAt
    ? timeliness(d.finishedAt, d.dueAt)
    : now > d.dueAt
      ? 'overdue'
      : 'within_deadline';
  return { status, usedMinutes, allowedMinutes };
}

/**
 * Decision 766/QĐ-TTg: the clock runs from the first complete receipt and the time spent waiting for the
 * citizen is subtracted; the allowance is the first appointment's, plus what an extension added. Resolved:
 * late past the allowance, on time within its last working day, early before that.
 */
export function decision766Timeliness(
  calendar: WorkingCalendar,
  d: TimelinessInput,
  now: Date,
): TimelinessVerdict {
  const end = d.finishedAt ?? now;
  // A wait before the first complete receipt (incomplete at the desk or online) was never on the clock.
  const paused = d.pauses.reduce((sum, p) => {
    const from = p.startedAt > d.firstClockStartedAt ? p.startedAt : d.firstClockStartedAt;
    const to = p.endedAt ?? end;
    return sum + (to > from ? calendar.workingMinutesBetween(from, to) : 0);
  }, 0);
  const usedMinutes = Math.max(0, calendar.workingMinutesBetween(d.firstClockStartedAt, end) - paused);
  const extension = d.dueBeforeExtension ? calendar.workingMinutesBetween(d.dueBeforeExtension, d.dueAt) : 0;
  const allowedMinutes = calendar.workingMinutesBetween(d.firstClockStartedAt, d.firstDueAt) + extension;
  let status: Timeliness | PendingTimeliness;
  if (!d.finishedAt) status = usedMinutes > allowedMinutes ? 'overdue' : 'within_deadline';
  else if (usedMinutes > allowedMinutes) status = 'late';
  else status = allowedMinutes - usedMinutes < MINUTES_PER_WORKING_DAY ? 'on_time' : 'early';
  return { status, usedMinutes, allowedMinutes };
}
