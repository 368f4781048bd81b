import type { WorkingCalendar } from '@motcua/calendar';
import { DEFAULT_DEADLINE_POLICY, type DeadlinePolicy, type ProcedureDefinition } from '@motcua/engine';
import type { EscalationLevel } from './notification.types';

/** The procedure's deadline policy; definitions stored before policies existed get the defaults. */
export const policyOf = (definition: ProcedureDefinition): DeadlinePolicy =>
  (definition as Partial<ProcedureDefinition>).deadlines ?? DEFAULT_DEADLINE_POLICY;

/**
 * When the level after `level` falls due, counted in working time from the instant the flag was raised: the
 * unit head after `escalateHeadMinutes`, the center supervisor after `escalateSupervisorMinutes` (never before
 * the head). Null after the last level.
 */
export function nextLevelAt(
  calendar: WorkingCalendar,
  policy: DeadlinePolicy,
  raisedAt: Date,
  level: EscalationLevel,
): Date | null {
  const head = calendar.addWorkingMinutes(raisedAt, policy.escalateHeadMinutes);
  if (level === 1) return head;
  if (level === 2) {
    const supervisor = calendar.addWorkingMinutes(raisedAt, policy.escalateSupervisorMinutes);
    return supervisor > head ? supervisor : head;
  }
  return null;
}

export const isEscalationLevel = (value: unknown): value is EscalationLevel =>
  value === 1 || value === 2 || value === 3;
