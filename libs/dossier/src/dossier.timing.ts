import { toVietnamIso, workingMinutes, type WorkingCalendar } from '@motcua/calendar';
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

/** A step entered at `at` is due once its allotted working time has elapsed from then. */
export function stepDue(calendar: WorkingCalendar, step: ProcedureStep, at: Date): Date {
  return calendar.addWorkingMinutes(at, workingMinutes(step.duration.amount, step.duration.unit));
}

export const findStep = (def: ProcedureDefinition, id: string | null): ProcedureStep | undefined =>
  id === null ? undefined : def.steps.find((s) => s.id === id);
