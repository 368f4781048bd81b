import type { LimitUnit, TimeLimit, WorkingUnit } from '@motcua/calendar';
import type { SourceError } from '@motcua/source';
import type { StepAt } from './procedure-validator';
import type { ProcedureStep } from './procedure.types';
import { formatLimit, isWholeMinutes, limitMinutes } from './time-limit-units';

const isWorking = (unit: LimitUnit): boolean => unit === 'working_hour' || unit === 'working_day';

/** The working time a step's conditional limit adds to what the path rule allows (0 without one). */
export const extensionMinutes = (step: ProcedureStep): number =>
  step.extendsLimit ? limitMinutes(step.extendsLimit) : 0;

/**
 * A step's `extendsLimit`: counted like the statutory limit (same unit family, whole minutes or whole days), and
 * not on the first step, which every dossier takes (that is the limit itself).
 */
export function checkExtension(
  { source, m, path, step, ref }: Pick<StepAt, 'source' | 'm' | 'path' | 'step' | 'ref'>,
  deadline: TimeLimit,
  first: boolean,
): SourceError[] {
  const extension = step.extendsLimit;
  if (!extension) return [];
  const at = [...path, 'extendsLimit'];
  const shown = formatLimit(extension, m);
  if (first) return [source.error(at, m.extensionFirst(ref, shown))];
  if (isWorking(extension.unit) !== isWorking(deadline.unit)) {
    const family = isWorking(deadline.unit) ? ['working_hour', 'working_day'] : ['day', 'month'];
    return [source.error([...at, 'unit'], m.extensionFamily(ref, shown, formatLimit(deadline, m), family))];
  }
  if (isWorking(extension.unit) && !isWholeMinutes(extension.amount, extension.unit as WorkingUnit)) {
    return [source.error([...at, 'amount'], m.extensionNotMinutes(ref, shown))];
  }
  if (!isWorking(extension.unit) && !Number.isInteger(extension.amount)) {
    return [source.error([...at, 'amount'], m.extensionNotWhole(ref, shown, extension.unit))];
  }
  return [];
}
