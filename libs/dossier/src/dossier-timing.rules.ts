import { isWorkingUnit, toVietnamIso, workingMinutes, type WorkingCalendar } from '@motcua/calendar';
import type { ProcedureDefinition, ProcedureStep } from '@motcua/engine';

export type Timeliness = 'early' | 'on_time' | 'late';

const localDate = (at: Date): string => toVietnamIso(at).slice(0, 10);

/**
 * A hand-over or a result against its due instant: late after it; on time on the due day (Vietnam local date);
 * early on an earlier day. The same rule grades each step on the control sheet and the dossier as a whole.
 */
export function timeliness(at: Date, due: Date): Timeliness {
  if (at.getTime() > due.getTime()) return 'late';
  return localDate(at) === localDate(due) ? 'on_time' : 'early';
}

/**
 * Working milliseconds from the statutory clock's start to the finish on `calendar` (as the indicators average
 * them, and as the report's SQL computes them: see workingTimeSql), as bigint text; null without a started clock,
 * or when an instant lies outside the calendar's years (the report then says which years to add).
 */
export function workingMsToFinish(
  calendar: WorkingCalendar,
  clockStartedAt: Date | null,
  finishedAt: Date,
): string | null {
  if (!clockStartedAt) return null;
  try {
    return String(Math.round(calendar.workingMinutesBetween(clockStartedAt, finishedAt) * 60_000));
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

export interface StatutoryClock {
  clockStartedAt: Date;
  dueAt: Date;
}

/** The statutory clock from a complete dossier's receipt (or return after a supplement): cut-off, then the limit. */
export function statutoryClock(
  calendar: WorkingCalendar,
  def: ProcedureDefinition,
  centerCutoff: string | null,
  receivedAt: Date,
): StatutoryClock {
  const cutoff = def.cutoff === undefined ? centerCutoff : def.cutoff;
  const { clockStartsAt, dueAt } = calendar.deadline(receivedAt, def.deadline, { cutoff });
  return { clockStartedAt: clockStartsAt, dueAt };
}

/**
 * The working minutes a step entered at `at` is given: its working time, or for a step in calendar days or
 * months (Civil Code art. 147–148, as the statutory limit) the working time until that period ends.
 */
export function stepAllotment(calendar: WorkingCalendar, step: ProcedureStep, at: Date): number {
  const { amount, unit } = step.duration;
  if (isWorkingUnit(unit)) return workingMinutes(amount, unit);
  return calendar.workingMinutesBetween(at, calendar.dueAt(at, { amount, unit }));
}

/**
 * A step entered at `at` is due once what is left of its allotment has elapsed: a step re-entered after a
 * send-back has only what its earlier visits did not consume (`consumed` working minutes), and is due at
 * once when they consumed it all. A first visit of a step in calendar days ends when its period ends.
 */
export function stepDue(calendar: WorkingCalendar, step: ProcedureStep, at: Date, consumed = 0): Date {
  const { amount, unit } = step.duration;
  if (!isWorkingUnit(unit) && consumed <= 0) return calendar.dueAt(at, { amount, unit });
  return calendar.addWorkingMinutes(at, Math.max(0, stepAllotment(calendar, step, at) - consumed));
}

export const findStep = (def: ProcedureDefinition, id: string | null): ProcedureStep | undefined =>
  id === null ? undefined : def.steps.find((s) => s.id === id);
