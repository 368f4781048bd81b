import { messagesFor, type Messages } from '@motcua/source';
import { minutesOfClock } from './local-date';

/** A working shift in local time, `HH:MM`, half-open: [from, to). */
export interface Shift {
  from: string;
  to: string;
}

export const DEFAULT_WORKING_HOURS: Shift[] = [
  { from: '07:30', to: '11:30' },
  { from: '13:00', to: '17:00' },
];

export interface ShiftProblem {
  index: number;
  field: 'from' | 'to';
  message: string;
}

/** Shifts must be well-formed, non-empty and in increasing order without overlap. */
export function shiftProblems(shifts: readonly Shift[], m: Messages = messagesFor('en')): ShiftProblem[] {
  const problems: ShiftProblem[] = [];
  let previousEnd: number | undefined;
  shifts.forEach((shift, index) => {
    const from = minutesOfClock(shift.from);
    const to = minutesOfClock(shift.to);
    if (from === undefined) problems.push({ index, field: 'from', message: m.notATime(shift.from) });
    if (to === undefined) problems.push({ index, field: 'to', message: m.notATime(shift.to) });
    if (from === undefined || to === undefined) return;
    if (from >= to)
      problems.push({
        index,
        field: 'to',
        message: m.shiftEnds(shift.to, shift.from),
      });
    else if (previousEnd !== undefined && from < previousEnd) {
      problems.push({
        index,
        field: 'from',
        message: m.shiftOverlap(shift.from),
      });
    }
    previousEnd = Math.max(previousEnd ?? to, to);
  });
  return problems;
}

/** Shifts as [from, to) minute pairs; call only on shifts without problems. */
export const shiftMinutes = (shifts: readonly Shift[]): [number, number][] =>
  shifts.map((s) => [minutesOfClock(s.from) as number, minutesOfClock(s.to) as number]);
