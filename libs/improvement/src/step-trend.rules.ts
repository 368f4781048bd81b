import type { ProcedureDefinition } from '@motcua/engine';
import type { StepPeriod } from './step-period.rules';
import type { TrendSqlRow } from './step-rows.types';

/** One month of the hand-overs asked for (clipped to the period). */
export interface StepTrendPoint {
  /** yyyy-mm, Vietnam time. */
  month: string;
  handOvers: number;
  lateHandOvers: number;
  /** Share (0–1) of the month's hand-overs after their step's due instant; null without hand-overs. */
  lateShare: number | null;
  /** Mean working minutes of the month's hand-overs; null without hand-overs. */
  meanMinutes: number | null;
}

const VIETNAM_MS = 7 * 3_600_000;
const monthOf = (at: Date): string => new Date(at.getTime() + VIETNAM_MS).toISOString().slice(0, 7);

/** Pure: the Vietnam calendar months a period touches, in order. */
export function monthsOf(period: Pick<StepPeriod, 'from' | 'end'>): string[] {
  const months: string[] = [];
  const last = monthOf(new Date(period.end.getTime() - 1));
  let [year, month] = monthOf(period.from).split('-').map(Number) as [number, number];
  for (;;) {
    const label = `${year}-${String(month).padStart(2, '0')}`;
    months.push(label);
    if (label >= last) return months;
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
}

/**
 * Pure: the monthly points of the hand-overs of the steps owned by `units` (null: all), every month of the period
 * present (with no hand-overs: nulls).
 */
export function trendPoints(
  rows: TrendSqlRow[],
  definitions: ReadonlyMap<string, ProcedureDefinition>,
  units: readonly string[] | null,
  months: string[],
): StepTrendPoint[] {
  const sums = new Map(months.map((m) => [m, { handOvers: 0, late: 0, minutes: 0 }]));
  for (const r of rows) {
    const owner = definitions.get(r.revision)?.steps.find((s) => s.id === r.step)?.owner.unit;
    if (owner === undefined || (units !== null && !units.includes(owner))) continue;
    const sum = sums.get(r.month);
    if (!sum) continue;
    sum.handOvers += Number(r.hand_overs);
    sum.late += Number(r.late);
    sum.minutes += Number(r.minutes ?? 0);
  }
  return months.map((month) => {
    const { handOvers, late, minutes } = sums.get(month)!;
    return {
      month,
      handOvers,
      lateHandOvers: late,
      lateShare: handOvers === 0 ? null : Number((late / handOvers).toFixed(4)),
      meanMinutes: handOvers === 0 ? null : Number((minutes / handOvers).toFixed(1)),
    };
  });
}
