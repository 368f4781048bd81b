import type { WorkingCalendar } from '@motcua/calendar';
import type { DossierEntity } from '../dossier.entity';

const latest = (...dates: Array<Date | null>): Date | null =>
  dates.reduce<Date | null>((max, d) => (d && (!max || d > max) ? d : max), null);

/**
 * The provisional calendar years a dossier's running deadlines are computed across (from its clock start to the
 * later of its appointment and its step's due instant): they may move when the government's notice comes out. A
 * finished dossier's deadlines are history: none.
 */
export function provisionalYearsOf(
  calendar: WorkingCalendar,
  d: Pick<DossierEntity, 'clockStartedAt' | 'stepStartedAt' | 'dueAt' | 'stepDueAt' | 'finishedAt'>,
): number[] {
  const start = d.clockStartedAt ?? d.stepStartedAt;
  const end = latest(d.dueAt, d.stepDueAt);
  if (d.finishedAt || !start || !end) return [];
  return calendar.provisionalYears(start, end);
}
