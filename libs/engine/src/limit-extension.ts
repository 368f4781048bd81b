import type { LimitUnit, TimeLimit, WorkingUnit } from '@motcua/calendar';
import type { SourceError, SourcePath, YamlSource } from '@motcua/source';
import type { ProcedureStep } from './procedure.types';
import { formatLimit, isWholeMinutes, limitMinutes } from './time-limit.util';

const isWorking = (unit: LimitUnit): boolean => unit === 'working_hour' || unit === 'working_day';

/** The working time a step's conditional limit adds to what the path rule allows (0 without one). */
export const extensionMinutes = (step: ProcedureStep): number =>
  step.extendsLimit ? limitMinutes(step.extendsLimit) : 0;

/**
 * A step's `extendsLimit`: counted like the statutory limit (same unit family, whole minutes or whole days), and
 * not on the first step, which every dossier takes (that is the limit itself).
 */
export function checkExtension(
  source: YamlSource,
  path: SourcePath,
  step: ProcedureStep,
  deadline: TimeLimit,
  first: boolean,
): SourceError[] {
  const extension = step.extendsLimit;
  if (!extension) return [];
  const at = [...path, 'extendsLimit'];
  const prefix = `step '${step.id}' extendsLimit ${formatLimit(extension)}`;
  if (first) {
    return [
      source.error(
        at,
        `${prefix}: the first step is taken by every dossier; raise the deadline instead of extending it`,
      ),
    ];
  }
  if (isWorking(extension.unit) !== isWorking(deadline.unit)) {
    const family = isWorking(deadline.unit) ? 'working_hour or working_day' : 'day or month';
    return [
      source.error(
        [...at, 'unit'],
        `${prefix} is not counted like the statutory ${formatLimit(deadline)}: use ${family}`,
      ),
    ];
  }
  if (isWorking(extension.unit) && !isWholeMinutes(extension.amount, extension.unit as WorkingUnit)) {
    return [source.error([...at, 'amount'], `${prefix} is not a whole number of minutes`)];
  }
  if (!isWorking(extension.unit) && !Number.isInteger(extension.amount)) {
    return [source.error([...at, 'amount'], `${prefix} must be a whole number of ${extension.unit}s`)];
  }
  return [];
}
