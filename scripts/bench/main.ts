// npm run bench [-- --quick] [--only=engine,durable] [--no-write]: every benchmark in scripts/bench/*.bench.ts,
// each figure beside its baseline from the same run; prints a table and writes docs/BENCHMARKS.md (with --only, the
// chosen benchmarks' own sections under "Later runs"; --quick runs of some benchmarks write nothing).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { ensureDatabase } from '@motcua/common';
import { type BenchRun, describeMachine, markdown, textTable, withLaterRuns } from './bench.report';
import { Benchmark, BenchContext, Figure } from './bench.types';

interface Options {
  quick: boolean;
  only: string[] | null;
  write: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { quick: false, only: null, write: true };
  for (const arg of argv) {
    if (arg === '--quick') options.quick = true;
    else if (arg === '--no-write') options.write = false;
    else if (arg.startsWith('--only=')) options.only = arg.slice('--only='.length).split(',').filter(Boolean);
    else throw new Error(`bench: unknown argument ${arg} (use --quick, --only=<id,...>, --no-write)`);
  }
  return options;
}

/** Every `*.bench.ts` beside this file, each exporting `benchmark: Benchmark`, in their `order`. */
function discover(): Benchmark[] {
  const found: Array<Benchmark & { order?: number }> = [];
  for (const file of readdirSync(__dirname)
    .filter((f) => /\.bench\.(ts|js)$/.test(f))
    .sort()) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(join(__dirname, file)) as { benchmark?: Benchmark & { order?: number } };
    if (!mod.benchmark) throw new Error(`bench: ${file} exports no \`benchmark\``);
    found.push(mod.benchmark);
  }
  return found.sort((a, b) => (a.order ?? 99) - (b.order ?? 99));
}

async function postgresVersion(url: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
    return rows[0].server_version;
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const ctx: BenchContext = {
    quick: options.quick,
    databaseUrl: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/motcua_bench',
    redisUrl: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/3',
    largeSize: Number(process.env.BENCH_LARGE_SIZE ?? (options.quick ? 100_000 : 1_000_000)),
    log: (message) => console.error(`bench: ${message}`),
  };
  await ensureDatabase(ctx.databaseUrl);
  const all = discover();
  const unknown = (options.only ?? []).filter((id) => !all.some((b) => b.id === id));
  if (unknown.length)
    throw new Error(`bench: no benchmark ${unknown.join(', ')} (have ${all.map((b) => b.id).join(', ')})`);
  const chosen = options.only ? all.filter((b) => options.only!.includes(b.id)) : all;

  const figures: Figure[] = [];
  const runs: BenchRun[] = [];
  for (const bench of chosen) {
    ctx.log(`${bench.id}: ${bench.title}`);
    const started = Date.now();
    const measured = await bench.run(ctx);
    figures.push(...measured);
    runs.push({ id: bench.id, title: bench.title, figures: measured });
    ctx.log(`${bench.id}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }

  const machine = describeMachine(await postgresVersion(ctx.databaseUrl));
  console.log(textTable(figures));
  console.log(
    `\n${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB; Node ${machine.node}; PostgreSQL ${machine.postgres}; Redis ${machine.redis}`,
  );
  const path = join(__dirname, '..', '..', 'docs', 'BENCHMARKS.md');
  if (options.write && !options.only) {
    writeFileSync(
      path,
      markdown(figures, machine, { quick: options.quick, largeSize: ctx.largeSize, at: new Date() }),
    );
    ctx.log(`wrote ${path}`);
  } else if (options.write && !options.quick) {
    writeFileSync(path, withLaterRuns(readFileSync(path, 'utf8'), runs, machine, new Date()));
    ctx.log(`wrote the sections of ${runs.map((r) => r.id).join(', ')} in ${path}`);
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error.stack ?? error.message);
    process.exit(1);
  },
);
