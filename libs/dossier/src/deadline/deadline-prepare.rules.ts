import type { WorkingCalendar } from '@motcua/calendar';
import { DEFAULT_DEADLINE_POLICY, type ProcedureDefinition } from '@motcua/engine';
import type { DossierEntity } from '../dossier.entity';
import type { DeadlineRow } from './deadline-sweep.repository';
import { FLAGS } from './deadline.rules';
import { type DeadlinePlan, planDeadlines } from './deadline.plan';
import { type DeadlineColumns, FLAG_COLUMNS } from './dossier-flag.repository';

/** The instants a state change writes in its own versioned UPDATE (see `prepareDeadlines`). */
export type InstantColumns = Pick<
  DeadlineColumns,
  'dueSoonFrom' | 'stallAt' | 'apologyReminderAt' | 'apologyRemindedAt'
>;

/** The tracker's plan made before a state change's UPDATE, so that the UPDATE also carries the instants. */
export interface PreparedDeadlines {
  plan: DeadlinePlan;
  /** For the state change's UPDATE; null when the tracker leaves the row alone (it neither runs nor is tracked). */
  columns: InstantColumns | null;
}

/** The deadline plan of a dossier's row at `now` (revisions recorded before deadline policies get the defaults). */
export function deadlinePlanOf(
  calendar: WorkingCalendar,
  definition: ProcedureDefinition,
  dossier: DeadlineRow,
  now: Date,
): DeadlinePlan {
  return planDeadlines(calendar, definition.deadlines ?? DEFAULT_DEADLINE_POLICY, dossier, now);
}

/** The deadline half of a state change, planned purely on the row as the change leaves it. */
export function prepareDeadlines(
  calendar: WorkingCalendar,
  definition: ProcedureDefinition,
  dossier: DossierEntity,
  now: Date,
): PreparedDeadlines {
  const plan = deadlinePlanOf(calendar, definition, dossier, now);
  const touched = plan.running || tracked(dossier);
  return {
    plan,
    columns: touched ? { ...plan.instants, apologyRemindedAt: plan.apologyRemindedAt } : null,
  };
}

/** Does the row carry anything the tracker wrote? A dossier that neither runs nor carries any is left alone. */
export const tracked = (d: DeadlineRow): boolean =>
  [
    d.dueSoonFrom,
    d.stallAt,
    d.apologyReminderAt,
    ...FLAGS.map((flag) => d[FLAG_COLUMNS[flag].property]),
  ].some((at) => at instanceof Date);
