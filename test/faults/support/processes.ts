import { type ChildProcess, spawn } from 'node:child_process';
import { freePort, waitFor } from './wait';

const ROOT = `${__dirname}/../../..`;

/** The api or the worker as a child process: real signals, real crashes. */
export interface Service {
  entry: Entry;
  name: string;
  port: number;
  child: ChildProcess;
  url: string;
  /** The last 200 lines it printed. */
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal: NodeJS.Signals): Promise<void>;
}

export type Entry = 'api' | 'worker';

/**
 * `node -r @swc-node/register apps/<entry>/src/main.ts`; resolves once its /health answers 200. On `port` when
 * given (a process started again where the one before it listened), else on a spare one.
 */
export async function startService(
  entry: Entry,
  name: string,
  env: Record<string, string>,
  port?: number,
): Promise<Service> {
  port ??= await freePort(entry === 'api' ? 28000 : 28100);
  const portVariable = entry === 'api' ? 'API_PORT' : 'WORKER_PORT';
  const child = spawn(process.execPath, ['-r', '@swc-node/register', `apps/${entry}/src/main.ts`], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env, [portVariable]: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split('\n').filter(Boolean));
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let gone = false;
  void exited.then(() => (gone = true));
  const service: Service = {
    entry,
    name,
    port,
    child,
    url: `http://127.0.0.1:${port}`,
    output: () => lines.join('\n'),
    exited,
    async kill(signal) {
      if (!gone) child.kill(signal);
      // A process that does not stop on SIGTERM within 15 s is killed.
      const timer = setTimeout(() => gone || child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
  const killOnExit = () => gone || child.kill('SIGKILL');
  process.once('exit', killOnExit);
  void exited.then(() => process.removeListener('exit', killOnExit));
  await waitFor(
    async () =>
      gone || (await fetch(`${service.url}/health`, { signal: AbortSignal.timeout(2000) })).status === 200,
    // On two cores shared with the load and the other processes, a start (swc compiling every file) takes minutes.
    { what: `${name} to answer /health`, timeout: 300_000, interval: 500 },
  ).catch((error: Error) => {
    child.kill('SIGKILL');
    throw new Error(`${error.message}\n${service.output()}`);
  });
  if (gone) throw new Error(`${name} exited during start-up:\n${service.output()}`);
  return service;
}
