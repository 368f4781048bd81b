import { execFileSync } from 'node:child_process';
import { cpus, totalmem, platform, release } from 'node:os';
import { Figure, ratio } from './bench.types';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  postgres: string;
  redis: string;
}

function firstLine(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\n')[0]
      .trim();
  } catch {
    return 'unknown';
  }
}

export function describeMachine(postgresVersion: string): Machine {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
    postgres: postgresVersion,
    redis: firstLine('redis-server', ['--version']).replace(/^Redis server v=(\S+).*$/, '$1'),
  };
}

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

function rows(figures: Figure[]): string[][] {
  return figures.map((f) => [
    f.title,
    `${formatNumber(f.ours)} ${f.unit}`,
    `${formatNumber(f.baseline)} ${f.unit} (${f.baselineName})`,
    ratio(f).toFixed(2),
    f.note ?? '',
  ]);
}

const HEADINGS = ['Figure', 'Ours', 'Baseline', 'Ratio', 'Note'];

/** A plain-text table for the terminal. */
export function textTable(figures: Figure[]): string {
  const body = rows(figures).map((r) => r.slice(0, 4));
  const all = [HEADINGS.slice(0, 4), ...body];
  const widths = HEADINGS.slice(0, 4).map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((cell, i) => cell.padEnd(widths[i])).join('  ');
  return [line(all[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** docs/BENCHMARKS.md: the figures, how to read them and the machine they were taken on. */
export function markdown(
  figures: Figure[],
  machine: Machine,
  options: { quick: boolean; largeSize: number; at: Date },
): string {
  const table = [
    `| ${HEADINGS.join(' | ')} |`,
    `| ${HEADINGS.map(() => '---').join(' | ')} |`,
    ...rows(figures).map((r) => `| ${r.map(escapeCell).join(' | ')} |`),
  ];
  return [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (do not edit by hand). Every figure is measured beside its baseline **in the same',
    'run on the same machine**, so the ratio means more than either number. Ratio: ours relative to the baseline,',
    'oriented so that higher is better (1.00 = as good as the baseline; for times and sizes it is baseline / ours).',
    '',
    `Run: ${options.at.toISOString()}${options.quick ? ' with `--quick`' : ''}; large data set: ${options.largeSize.toLocaleString('en-US')} dossiers.`,
    '',
    ...table,
    '',
    '## Machine',
    '',
    `- CPU: ${machine.cpu}, ${machine.cores} cores; memory ${machine.memoryGiB} GiB; ${machine.os}`,
    `- Node.js ${machine.node}; PostgreSQL ${machine.postgres}; Redis ${machine.redis}`,
    '',
    'See [benchmarks-method.md](benchmarks-method.md) for what each figure does and how to rerun one.',
    '',
  ].join('\n');
}

/** The figures of one benchmark, for a run of some of them (`--only`). */
export interface BenchRun {
  id: string;
  title: string;
  figures: Figure[];
}

const LATER = '## Later runs of some benchmarks';
const MACHINE = '## Machine';

function section(run: BenchRun, machine: Machine, at: Date): string[] {
  return [
    `### \`${run.id}\`: ${run.title}`,
    '',
    `Run: ${at.toISOString()} (\`--only=${run.id}\`); ${machine.cpu}, ${machine.cores} cores; Node.js ${machine.node}; PostgreSQL ${machine.postgres}.`,
    '',
    `| ${HEADINGS.join(' | ')} |`,
    `| ${HEADINGS.map(() => '---').join(' | ')} |`,
    ...rows(run.figures).map((r) => `| ${r.map(escapeCell).join(' | ')} |`),
    '',
  ];
}

/**
 * docs/BENCHMARKS.md after a run of some benchmarks (`--only`): the full run's table is kept as it is, and each
 * benchmark run now gets its own section under "Later runs" with its own date, replacing an earlier section of the
 * same benchmark. A full run rewrites the file and drops these sections.
 */
export function withLaterRuns(existing: string, runs: BenchRun[], machine: Machine, at: Date): string {
  const later = existing.indexOf(LATER);
  const machineAt = existing.indexOf(MACHINE);
  const cut = later >= 0 ? later : machineAt >= 0 ? machineAt : existing.length;
  const head = existing.slice(0, cut).trimEnd();
  const rest = later >= 0 ? existing.slice(later + LATER.length) : '';
  const restMachine = rest.indexOf(MACHINE);
  const kept = (restMachine >= 0 ? rest.slice(0, restMachine) : rest)
    .split(/\n(?=### `)/)
    .map((part) => part.trim())
    .filter((part) => part.startsWith('### `') && !runs.some((r) => part.startsWith(`### \`${r.id}\``)));
  const tail = machineAt >= 0 ? existing.slice(machineAt).trimEnd() : '';
  return [
    head,
    '',
    LATER,
    '',
    ...kept.flatMap((part) => [part, '']),
    ...runs.flatMap((run) => section(run, machine, at)),
    tail,
    '',
  ].join('\n');
}
