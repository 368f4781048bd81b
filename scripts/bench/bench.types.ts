/** One measured figure beside its baseline, both taken in the same run on the same machine. */
export interface Figure {
  /** Stable id, e.g. `engine.transitions`. */
  id: string;
  /** What was measured, in a line: "pure transitions walking the shipped procedures". */
  title: string;
  /** Unit of `ours` and `baseline`: "transitions/s", "ms", "MiB", "req/s". */
  unit: string;
  ours: number;
  baseline: number;
  /** What the baseline is: "bpmn-engine 25, same processes in memory". */
  baselineName: string;
  /** true for throughputs, false for times and sizes. */
  higherIsBetter: boolean;
  /** Anything a reader needs to judge the figure: sizes, concurrency, a target ("aim ≥ 0.6"). */
  note?: string;
}

export interface BenchContext {
  /** `--quick`: small sizes that finish in a few minutes. */
  quick: boolean;
  /** A database of the bench's own (created if missing); never the development or test one. */
  databaseUrl: string;
  /** A Redis index of the bench's own. */
  redisUrl: string;
  /** Number of dossiers for the large data set (1,000,000; 100,000 with --quick). */
  largeSize: number;
  log(message: string): void;
}

export interface Benchmark {
  /** Short id used by `--only=<id>,<id>`. */
  id: string;
  title: string;
  run(ctx: BenchContext): Promise<Figure[]>;
}

/** ours relative to the baseline, oriented so that higher is better (1.0 = as good as the baseline). */
export function ratio(figure: Figure): number {
  if (figure.ours === 0 || figure.baseline === 0) return 0;
  return figure.higherIsBetter ? figure.ours / figure.baseline : figure.baseline / figure.ours;
}
