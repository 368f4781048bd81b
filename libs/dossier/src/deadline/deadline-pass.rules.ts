import type { WorkingCalendar } from '@motcua/calendar';

/**
 * The revision of what the start-up pass computes from a calendar (the deadline instants, the re-projection):
 * raised when deadline.rules.ts, deadline.plan.ts or reprojection.plan.ts change their results, so that the next
 * worker start plans every running dossier again.
 */
// 2: the re-projection moves the step instants of a fork's open branches too.
export const DEADLINE_RULES_REVISION = 2;

/**
 * What the running dossiers' stored instants were planned on: the rules' revision and each covered year's
 * schedule fingerprint (days off, make-up days, hours). Two calendars with the same key give the same instants.
 */
export function plannedOn(calendar: WorkingCalendar): string {
  const years = calendar
    .schedules()
    .map((s) => `${s.year}:${s.fingerprint}`)
    .sort();
  return [`rules:${DEADLINE_RULES_REVISION}`, ...years].join(' ');
}
