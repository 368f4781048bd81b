import { toVietnamIso, type WorkingCalendar } from '@motcua/calendar';
import type { LimitExtension, ProcedureDefinition, ProcedureStep } from '@motcua/engine';
import type { TakenLimitExtension } from '../dossier.types';

/**
 * `due` moved by a conditional limit, counted as the statutory limit is (libs/calendar `dueAt`): working time added
 * on the center calendar; days and months from the day after, ending at the close of a working day.
 */
export function extendDue(
  calendar: WorkingCalendar,
  definition: ProcedureDefinition,
  due: Date,
  extension: Pick<LimitExtension, 'amount' | 'unit'>,
): Date {
  const dueAtClose = definition.deadline.dueAtClose === true;
  return calendar.dueAt(due, { amount: extension.amount, unit: extension.unit, dueAtClose });
}

/** The statutory due instant of a clock started at `base`'s start, moved by every conditional limit taken. */
export const withExtensions = (
  calendar: WorkingCalendar,
  definition: ProcedureDefinition,
  base: Date,
  taken: readonly TakenLimitExtension[],
): Date => (taken ?? []).reduce((due, t) => extendDue(calendar, definition, due, t), base);

export interface LimitExtensionMove {
  taken: TakenLimitExtension;
  dueAt: Date;
  receiptDueAt: Date | null;
  /** For the audit event: the rule, the amount, the old and new appointment. */
  payload: Record<string, unknown>;
}

/**
 * Entering `step` at `now`: when it carries a conditional limit the dossier has not taken yet, the statutory due
 * instant and the receipt's appointment move by it. Null otherwise (no rule, already taken, no clock).
 */
export function planLimitExtension(
  calendar: WorkingCalendar,
  definition: ProcedureDefinition,
  dossier: { dueAt: Date | null; receiptDueAt: Date | null; limitExtensions: readonly TakenLimitExtension[] },
  step: ProcedureStep,
  now: Date,
): LimitExtensionMove | null {
  const extension = step.extendsLimit;
  if (!extension || !dossier.dueAt) return null;
  const taken = dossier.limitExtensions ?? [];
  if (taken.some((t) => t.step === step.id)) return null;
  const { amount, unit, rule } = extension;
  const dueAt = extendDue(calendar, definition, dossier.dueAt, extension);
  const receiptDueAt =
    dossier.receiptDueAt && extendDue(calendar, definition, dossier.receiptDueAt, extension);
  return {
    taken: { step: step.id, amount, unit, rule, at: toVietnamIso(now) },
    dueAt,
    receiptDueAt,
    payload: { rule, amount, unit, previousDueAt: dossier.dueAt, newDueAt: dueAt },
  };
}
