import { limitMinutes, longestPath, type ProcedureDefinition } from '@motcua/engine';
import type { StepFigure } from '../step-figure.types';
import type { PackFlag, PackProcedure } from './review-pack.types';
import { percent, spanIn, workingTime } from './review-pack-words.rules';

/**
 * The ISO table against the statutory limit (Decision 19/2014/QĐ-TTg; model framework 101/QĐ-BKHCN: the times of
 * an internal procedure's steps add up to the procedure's limit): the slowest way through the steps, less the
 * conditional limits it takes with it (as the loader measures it), below or above the limit. Null when they match.
 */
export function limitFlag(def: ProcedureDefinition): PackFlag | null {
  const longest = longestPath(def);
  if (!longest || longest === 'too many') return null;
  const steps = longest.minutes - longest.extension;
  const allowed = limitMinutes(def.deadline);
  if (steps === allowed) return null;
  const below = steps < allowed;
  const span = (minutes: number) => spanIn(minutes, def.deadline.unit);
  return {
    kind: below ? 'steps_below_limit' : 'steps_above_limit',
    procedureCode: def.code,
    version: def.version,
    stepId: null,
    finding: below
      ? `Tổng thời gian các bước của quy trình nội bộ (${span(steps)}) ít hơn thời hạn giải quyết (${span(allowed)}): còn ${span(allowed - steps)} chưa giao cho bước nào`
      : `Tổng thời gian các bước của quy trình nội bộ (${span(steps)}) vượt thời hạn giải quyết (${span(allowed)})`,
  };
}

/**
 * A step whose actual time exceeds the ISO table's: its median above the allotted time, else its p90 (one dossier
 * in ten or more over it). Steps without an allotted time or hand-overs are not judged.
 */
export function stepFlag(figure: StepFigure): PackFlag | null {
  const allotted = figure.allottedMinutes;
  if (allotted === null || allotted <= 0 || figure.handOvers === 0) return null;
  const median = figure.medianMinutes > allotted;
  if (!median && figure.p90Minutes <= allotted) return null;
  const late =
    figure.lateDossiers > 0
      ? `; ${percent(figure.lateDossierShare)} hồ sơ trễ hạn của thủ tục bị trễ tại bước này`
      : '';
  const actual = median
    ? `trung vị thời gian thực tế ${workingTime(figure.medianMinutes)}`
    : `10 % hồ sơ chậm nhất quá ${workingTime(figure.p90Minutes)}`;
  return {
    kind: median ? 'step_median_over' : 'step_p90_over',
    procedureCode: figure.procedureCode,
    version: figure.version,
    stepId: figure.stepId,
    finding: `Bước “${figure.stepName}”: quy trình quy định ${workingTime(allotted)}, ${actual} (${figure.handOvers} lượt chuyển)${late}`,
  };
}

/**
 * A procedure whose dossiers done in the year took longer than its statutory limit in working time (Decree
 * 118/2025/NĐ-CP: the limit runs on working time from the receipt), with the median and p90 beside it.
 */
export function dossierFlag(row: PackProcedure, limitInMinutes: number): PackFlag | null {
  if (row.overLimit === null || row.overLimit === 0 || row.timed === 0) return null;
  const times =
    row.medianWorkingMinutes === null || row.p90WorkingMinutes === null
      ? ''
      : `; trung vị ${workingTime(row.medianWorkingMinutes)}, 10 % chậm nhất quá ${workingTime(row.p90WorkingMinutes)}`;
  return {
    kind: 'dossiers_over_limit',
    procedureCode: row.code,
    version: row.version,
    stepId: null,
    finding: `${row.overLimit} hồ sơ (${percent(row.overLimit / row.timed)} số hồ sơ đã giải quyết) có thời gian giải quyết vượt thời hạn ${workingTime(limitInMinutes)}${times}`,
  };
}
