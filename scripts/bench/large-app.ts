import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { BenchContext } from './bench.types';

export type AppName = 'api' | 'worker' | 'inbox-floor';

/** An api or worker process of the real app, started as `npm start` would start it, on the bench's data. */
export interface RunningApp {
  name: AppName;
  port: number;
  pid: number;
  /** Resolves with the first log line matching `pattern` (the worker's start-up sweep, say). */
  waitForLog(pattern: RegExp, timeoutMs: number): Promise<string>;
  /** Resident set size now, in MiB (VmRSS of /proc/<pid>/status). */
  rssMiB(): number;
  stop(): Promise<void>;
}

const ENTRY: Record<AppName, string> = {
  api: 'apps/api/src/main.ts',
  worker: 'apps/worker/src/main.ts',
  'inbox-floor': 'scripts/bench/core-inbox-floor.ts',
};

export async function startApp(
  ctx: BenchContext,
  name: AppName,
  options: { databaseUrl?: string; port: number; env?: Record<string, string> },
): Promise<RunningApp> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', ENTRY[name]], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DATABASE_URL: options.databaseUrl ?? ctx.databaseUrl,
      REDIS_URL: ctx.redisUrl,
      API_PORT: String(options.port),
      WORKER_PORT: String(options.port),
      DB_MIGRATE_ON_START: 'true',
      LOG_LEVEL: 'log',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiters: Array<{ pattern: RegExp; resolve: (line: string) => void }> = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  for (const stream of [child.stdout!, child.stderr!]) {
    createInterface({ input: stream }).on('line', (line) => {
      lines.push(line);
      if (lines.length > 200) lines.shift();
      for (const w of waiters.filter((x) => x.pattern.test(line))) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
    });
  }
  const app: RunningApp = {
    name,
    port: options.port,
    pid: child.pid!,
    waitForLog: (pattern, timeoutMs) =>
      new Promise<string>((resolve, reject) => {
        const seen = lines.find((l) => pattern.test(l));
        if (seen) return resolve(seen);
        const timer = setTimeout(
          () =>
            reject(
              new Error(
                `${name}: no log line ${pattern} in ${timeoutMs} ms:\n${lines.slice(-20).join('\n')}`,
              ),
            ),
          timeoutMs,
        );
        waiters.push({ pattern, resolve: (line) => (clearTimeout(timer), resolve(line)) });
        void exited.then((code) =>
          reject(new Error(`${name} exited (${code}):\n${lines.slice(-20).join('\n')}`)),
        );
      }),
    rssMiB: () => rssMiB(child.pid!),
    stop: () => stop(child, exited),
  };
  try {
    await waitHealthy(app, exited, lines);
  } catch (error) {
    await app.stop();
    throw error;
  }
  ctx.log(`${name}: up on port ${options.port} (pid ${app.pid}), ${app.rssMiB().toFixed(0)} MiB resident`);
  return app;
}

function rssMiB(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

async function waitHealthy(app: RunningApp, exited: Promise<number | null>, lines: string[]): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`${app.name} exited while starting:\n${lines.slice(-20).join('\n')}`);
    const ok = await fetch(`http://127.0.0.1:${app.port}/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${app.name}: not healthy after 120 s`);
}

async function stop(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 15_000).unref());
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}
