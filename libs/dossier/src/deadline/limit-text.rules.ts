import type { LimitUnit, TimeLimit } from '@motcua/calendar';
import type { LimitExtension, ProcedureDefinition } from '@motcua/engine';

const UNIT: Record<LimitUnit, string> = {
  working_hour: 'giờ làm việc',
  working_day: 'ngày làm việc',
  day: 'ngày',
  month: 'tháng',
};

type Amount = Pick<TimeLimit, 'amount' | 'unit'>;

/** `10 ngày làm việc`, as the receipt and the lookup state a time limit. */
export const limitText = (limit: Amount): string => `${limit.amount} ${UNIT[limit.unit]}`;

/** The statutory limit with conditional limits added: `15 ngày làm việc`, or `1 tháng và 15 ngày` across units. */
export function extendedLimitText(deadline: Amount, extensions: readonly Amount[]): string {
  const totals = new Map<LimitUnit, number>([[deadline.unit, deadline.amount]]);
  for (const e of extensions) totals.set(e.unit, (totals.get(e.unit) ?? 0) + e.amount);
  return [...totals].map(([unit, amount]) => limitText({ amount, unit })).join(' và ');
}

/** A conditional limit as the rule that applies: `Trường hợp …: 15 ngày làm việc`. */
export const conditionalLimitText = (deadline: Amount, extension: LimitExtension): string =>
  `${extension.rule}: ${extendedLimitText(deadline, [extension])}`;

/** Every conditional limit of a procedure (its steps' `extendsLimit`), in the order of the steps. */
export const conditionalLimits = (definition: ProcedureDefinition): LimitExtension[] =>
  definition.steps.flatMap((s) => (s.extendsLimit ? [s.extendsLimit] : []));

/** The limit a dossier is under once it took conditional limits, with their rules; null when it took none. */
export const appliedLimitText = (
  deadline: Amount,
  taken: ReadonlyArray<Amount & { rule: string }>,
): string | null =>
  taken.length ? `${extendedLimitText(deadline, taken)} (${taken.map((t) => t.rule).join('; ')})` : null;
