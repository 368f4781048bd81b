import { MINUTES_PER_WORKING_DAY, type WorkingCalendar } from '@motcua/calendar';

/**
 * The last instant at which the apology-and-extension letter (form 04) may be issued: one working day before
 * the appointment `dueAt`, counted on the statutory clock that started at `clockStartedAt`.
 */
export function letterDueAt(calendar: WorkingCalendar, clockStartedAt: Date, dueAt: Date): Date {
  const total = calendar.workingMinutesBetween(clockStartedAt, dueAt);
  return calendar.addWorkingMinutes(clockStartedAt, Math.max(0, total - MINUTES_PER_WORKING_DAY));
}
