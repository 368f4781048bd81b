export type WorkingUnit = 'working_hour' | 'working_day';
export type LimitUnit = WorkingUnit | 'day' | 'month';

export interface TimeLimit {
  amount: number;
  unit: LimitUnit;
  /** Move a working-unit due instant to the close of that working day. */
  dueAtClose?: boolean;
}

/** One working day counts 8 working hours, whatever a center's shifts add up to. */
export const MINUTES_PER_WORKING_DAY = 480;

export const isWorkingUnit = (unit: LimitUnit): unit is WorkingUnit =>
  unit === 'working_hour' || unit === 'working_day';

export function workingMinutes(amount: number, unit: WorkingUnit): number {
  if (!Number.isFinite(amount) || amount < 0)
    throw new RangeError(`time limit: amount must be >= 0, got ${amount}`);
  const minutes = amount * (unit === 'working_day' ? MINUTES_PER_WORKING_DAY : 60);
  const whole = Math.round(minutes);
  // Tolerate binary rounding (0.1 h), not genuine fractions of a minute (0.01 h).
  if (Math.abs(minutes - whole) > 1e-9) {
    throw new RangeError(`time limit: ${amount} ${unit} is not a whole number of minutes`);
  }
  return whole;
}
