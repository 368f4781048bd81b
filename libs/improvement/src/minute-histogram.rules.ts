/** Counts of values by whole minute, as the figures' query returns them: [minute, count] pairs in any order. */
export type MinuteHistogram = Array<[minute: number, count: number]>;

/** Pure: the histogram with the counts of equal minutes added and the minutes in ascending order. */
export function foldHistogram(h: MinuteHistogram): MinuteHistogram {
  const byMinute = new Map<number, number>();
  for (const [minute, count] of h) byMinute.set(minute, (byMinute.get(minute) ?? 0) + count);
  return [...byMinute].sort((a, b) => a[0] - b[0]);
}

/**
 * Pure: the `q` quantile (0–1) of the values a histogram counts, interpolated between the two nearest values as
 * PostgreSQL's percentile_cont does (the median of 1, 2, 3, 10 is 2.5); null for no value.
 */
export function quantile(h: MinuteHistogram, q: number): number | null {
  const sorted = foldHistogram(h).filter(([, count]) => count > 0);
  const n = sorted.reduce((sum, [, count]) => sum + count, 0);
  if (n === 0) return null;
  const position = q * (n - 1);
  const below = Math.floor(position);
  const lower = valueAt(sorted, below);
  const upper = valueAt(sorted, Math.ceil(position));
  return lower + (upper - lower) * (position - below);
}

/** The value at a 0-based rank of the values a sorted histogram counts. */
function valueAt(sorted: MinuteHistogram, rank: number): number {
  let seen = 0;
  for (const [minute, count] of sorted) {
    seen += count;
    if (rank < seen) return minute;
  }
  return sorted[sorted.length - 1]![0];
}
