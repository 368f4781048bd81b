import { instantOfLocal, localDayOf } from './vietnam-time';

/** A shift as [from, to) milliseconds after local midnight. */
export type Span = readonly [number, number];

/**
 * Working time of a range of days, precomputed: `before[i]` is the working time (ms) from the first day up
 * to day i, so elapsed time is O(1) and finding the instant of a given elapsed time is a binary search.
 */
export class WorkingTimeTable {
  private readonly before: Float64Array;
  private readonly nextWorking: Int32Array;

  constructor(
    readonly firstDay: number,
    readonly dayCount: number,
    private readonly working: Uint8Array,
    private readonly spansOf: (dayIndex: number) => readonly Span[],
  ) {
    this.before = new Float64Array(dayCount + 1);
    for (let i = 0; i < dayCount; i++) {
      this.before[i + 1] =
        this.before[i] + (working[i] ? spansOf(i).reduce((sum, [from, to]) => sum + to - from, 0) : 0);
    }
    this.nextWorking = new Int32Array(dayCount + 1).fill(dayCount);
    for (let i = dayCount - 1; i >= 0; i--) this.nextWorking[i] = working[i] ? i : this.nextWorking[i + 1];
  }

  /** Index of the local day of `ms`, or -1 / dayCount when outside the table. */
  dayIndexOf(ms: number): number {
    return Math.min(Math.max(localDayOf(ms).dayNumber - this.firstDay, -1), this.dayCount);
  }

  isWorkingDay(dayIndex: number): boolean {
    return this.working[dayIndex] === 1;
  }

  /** The first working day at or after `dayIndex`, or undefined past the table's end. */
  workingDayFrom(dayIndex: number): number | undefined {
    const found = this.nextWorking[Math.max(dayIndex, 0)];
    return found < this.dayCount ? found : undefined;
  }

  opening(dayIndex: number): number {
    return this.at(dayIndex, this.spansOf(dayIndex)[0][0]);
  }

  close(dayIndex: number): number {
    return this.at(dayIndex, this.spansOf(dayIndex).at(-1)![1]);
  }

  isWorkingTime(ms: number): boolean {
    const i = this.dayIndexOf(ms);
    const t = this.msOfDay(ms);
    return this.isWorkingDay(i) && this.spansOf(i).some(([from, to]) => t >= from && t < to);
  }

  /** `ms` when it is working time, else the next opening of a shift; undefined past the table's end. */
  nextOpening(ms: number): number | undefined {
    if (this.isWorkingTime(ms)) return ms;
    const i = this.dayIndexOf(ms);
    if (this.isWorkingDay(i)) {
      const t = this.msOfDay(ms);
      const later = this.spansOf(i).find(([from]) => from > t);
      if (later) return this.at(i, later[0]);
    }
    const next = this.workingDayFrom(i + 1);
    return next === undefined ? undefined : this.opening(next);
  }

  /** Working time (ms) from the table's first day to `ms`. */
  elapsed(ms: number): number {
    const i = this.dayIndexOf(ms);
    if (!this.isWorkingDay(i)) return this.before[i];
    const t = this.msOfDay(ms);
    return this.spansOf(i).reduce(
      (sum, [from, to]) => sum + Math.min(Math.max(t - from, 0), to - from),
      this.before[i],
    );
  }

  /**
   * The table as data, so that elapsed time can be computed where the calendar is not (SQL): per day from
   * `firstDay`, the working time before it (`before` has one more entry, the end) and its shifts (none on a day off).
   */
  days(): { firstDay: number; before: readonly number[]; shifts: ReadonlyArray<readonly Span[]> } {
    const shifts = Array.from({ length: this.dayCount }, (_, i) => (this.working[i] ? this.spansOf(i) : []));
    return { firstDay: this.firstDay, before: [...this.before], shifts };
  }

  /** The earliest instant at which `elapsed` reaches `target` (> 0); undefined past the table's end. */
  instantAt(target: number): number | undefined {
    if (target > this.before[this.dayCount]) return undefined;
    let lo = 0;
    let hi = this.dayCount - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.before[mid + 1] >= target) hi = mid;
      else lo = mid + 1;
    }
    let rest = target - this.before[lo];
    for (const [from, to] of this.spansOf(lo)) {
      if (rest <= to - from) return this.at(lo, from + rest);
      rest -= to - from;
    }
    throw new Error(`working time table: no shift holds ${target} ms`);
  }

  private at(dayIndex: number, msOfDay: number): number {
    return instantOfLocal(this.firstDay + dayIndex, msOfDay);
  }

  private msOfDay(ms: number): number {
    return localDayOf(ms).msOfDay;
  }
}
