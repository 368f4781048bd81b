import { MINUTES_PER_WORKING_DAY, type WorkingCalendar } from '@motcua/calendar';
import type { DeadlinePolicy } from '@motcua/engine';

export const FLAGS = ['due_soon', 'overdue', 'step_overdue', 'stalled'] as const;
export type Flag = (typeof FLAGS)[number];

/** What the deadline rules look at; the dossier row has all of it. */
export interface DeadlineState {
  running: boolean; // in progress or result ready, and not paused
  clockStartedAt: Date | null;
  dueAt: Date | null;
  stepStartedAt: Date | null;
  stepDueAt: Date | null;
  lastActivityAt: Date;
}

export interface DeadlineInstants {
  dueSoonFrom: Date | null;
  stallAt: Date | null;
  apologyReminderAt: Date | null;
}

// The apology letter is due one working day before the appointment; the reminder leaves half a day to write it.
const APOLOGY_LEAD_MINUTES = 1.5 * MINUTES_PER_WORKING_DAY;

/** The instant at which the remaining working time of [start, due] falls below the policy's threshold. */
function dueSoonOf(calendar: WorkingCalendar, policy: DeadlinePolicy, start: Date, due: Date): Date {
  const total = calendar.workingMinutesBetween(start, due);
  const threshold = Math.min(policy.dueSoon.fraction * total, policy.dueSoon.minutes);
  return calendar.addWorkingMinutes(start, Math.max(0, total - threshold));
}

/**
 * Is a step visit given working time to be late against? Not a step of no length (a 0-hour "Trả kết quả": the
 * result is handed over when the citizen comes), nor a step re-entered after its earlier visits consumed all of
 * it: such a visit has no due-soon or overdue flag of its own, while the dossier's appointment is still tracked.
 */
export const timedStep = (calendar: WorkingCalendar, start: Date, due: Date): boolean =>
  calendar.workingMinutesBetween(start, due) > 0;

/** The state with the step's instants left out when its visit has no working time (see `timedStep`). */
export function withTimedStep(calendar: WorkingCalendar, d: DeadlineState): DeadlineState {
  if (!d.stepStartedAt || !d.stepDueAt || timedStep(calendar, d.stepStartedAt, d.stepDueAt)) return d;
  return { ...d, stepStartedAt: null, stepDueAt: null };
}

const earliest = (...dates: Array<Date | null>): Date | null =>
  dates.reduce<Date | null>((min, d) => (d && (!min || d < min) ? d : min), null);

/**
 * When each time-based flag of a running dossier becomes due, computed at every state change and stored, so
 * a sweep or a delayed job only compares them with the time. Due soon: the dossier's or the step's remaining
 * working time below the smaller of a fraction of its allotment and a number of hours; stalled: no action or
 * comment for a working-time span; the apology reminder: 1.5 working days before the appointment, for
 * procedures longer than that.
 */
export function deadlineInstants(
  calendar: WorkingCalendar,
  policy: DeadlinePolicy,
  d: DeadlineState,
): DeadlineInstants {
  if (!d.running) return { dueSoonFrom: null, stallAt: null, apologyReminderAt: null };
  const dossierSoon =
    d.clockStartedAt && d.dueAt ? dueSoonOf(calendar, policy, d.clockStartedAt, d.dueAt) : null;
  const stepSoon =
    d.stepStartedAt && d.stepDueAt ? dueSoonOf(calendar, policy, d.stepStartedAt, d.stepDueAt) : null;
  const total = d.clockStartedAt && d.dueAt ? calendar.workingMinutesBetween(d.clockStartedAt, d.dueAt) : 0;
  return {
    dueSoonFrom: earliest(dossierSoon, stepSoon),
    stallAt: calendar.addWorkingMinutes(d.lastActivityAt, policy.stalledAfterMinutes),
    apologyReminderAt:
      d.clockStartedAt && total > APOLOGY_LEAD_MINUTES
        ? calendar.addWorkingMinutes(d.clockStartedAt, total - APOLOGY_LEAD_MINUTES)
        : null,
  };
}

/** The flags a dossier should carry at `now`: none while it is not running (finished, paused, not started). */
export function flagsAt(d: DeadlineState & DeadlineInstants, now: Date): Flag[] {
  if (!d.running) return [];
  const past = (at: Date | null): boolean => at !== null && now.getTime() > at.getTime();
  const reached = (at: Date | null): boolean => at !== null && now.getTime() >= at.getTime();
  return FLAGS.filter((flag) => {
    switch (flag) {
      case 'overdue':
        return past(d.dueAt);
      case 'step_overdue':
        return past(d.stepDueAt);
      case 'due_soon':
        return reached(d.dueSoonFrom);
      case 'stalled':
        return reached(d.stallAt);
    }
  });
}

/** Per-visit accounting: what is left of a step's allotment after its earlier visits consumed some. */
export const remainingAllotment = (
  allotMinutes: number,
  consumed: Record<string, number>,
  step: string,
): number => Math.max(0, allotMinutes - (consumed[step] ?? 0));
