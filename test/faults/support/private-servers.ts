import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { QUEUE_NAMES, queuePrefix } from '../../../libs/queue/src/queue-names.types';
import { freePort, waitFor } from './wait';

/**
 * A PostgreSQL cluster of the fault run's own, on a spare loopback port in a temporary directory: the faults
 * (an immediate restart) never touch the server other tests share.
 */
export interface PrivatePostgres {
  databaseUrl(name: string): string;
  /** An immediate shutdown: every connection is cut, as in a crash. */
  stopPostgres(): Promise<void>;
  startPostgres(): Promise<void>;
  stop(): Promise<void>;
}

/** FAULTS_QUEUE_BACKEND: redis (default) or postgres, where the run starts no Redis and the processes use none. */
export const faultsQueueBackend = (): 'redis' | 'postgres' =>
  process.env.FAULTS_QUEUE_BACKEND === 'postgres' ? 'postgres' : 'redis';

/**
 * The Redis of a run, whatever it is (one server, a cluster): the processes get `url` as REDIS_URL. A run takes a
 * function that starts one (`startPrivateRedis` by default), so a scenario can run over another kind.
 */
export interface RedisServer {
  url: string;
  flush?(): Promise<void>;
  stop(): Promise<void>;
}

/** One `redis-server` of the run's own, on a spare loopback port, without persistence. */
export interface PrivateRedis extends RedisServer {
  flush(): Promise<void>;
  /** The BullMQ job schedulers Redis holds, as `queue/id`, sorted. */
  jobSchedulers(): string[];
  /** INFO memory's `used_memory` and `used_memory_peak`, in bytes. */
  memory(): { used: number; peak: number };
}

/** The directory of initdb and pg_ctl: PG_BIN, else the newest /usr/lib/postgresql/<v>/bin, else the PATH. */
export function postgresBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length > 0) return join(root, versions[0], 'bin');
  try {
    return execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      'initdb not found: run `bash scripts/faults.sh`, which installs PostgreSQL, or set PG_BIN',
    );
  }
}

// initdb and the servers refuse to run as root: a cluster belongs to the postgres user then.
export const asOwner = (command: string, args: string[]): [string, string[]] =>
  process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];

function run(command: string, args: string[]): void {
  const [cmd, argv] = asOwner(command, args);
  execFileSync(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'], cwd: '/' });
}

async function runAsync(command: string, args: string[]): Promise<void> {
  const [cmd, argv] = asOwner(command, args);
  await promisify(execFile)(cmd, argv, { cwd: '/' });
}

/** A throwaway directory of the run: under FAULTS_RUN_DIR when scripts/faults.sh set it, to clean up after a kill. */
function runDirectory(): string {
  const dir = mkdtempSync(join(process.env.FAULTS_RUN_DIR || tmpdir(), 'motcua-faults-'));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  return dir;
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = postgresBin();
  const dir = runDirectory();
  const data = join(dir, 'pg');
  const pgPort = await freePort(29432);
  run(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const settings = [
    `-p ${pgPort}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    '-c max_connections=300',
    // A throwaway cluster: no flushing to disk (a clean write() still survives an immediate restart).
    '-c fsync=off',
    '-c full_page_writes=off',
  ].join(' ');
  const pgCtlArgs = ['-D', data, '-l', join(dir, 'pg.log'), '-w', '-t', '60'];
  const stopPostgres = () => run(join(bin, 'pg_ctl'), [...pgCtlArgs, '-m', 'immediate', 'stop']);
  run(join(bin, 'pg_ctl'), [...pgCtlArgs, '-o', settings, 'start']);

  let stopped = false;
  const stopQuietly = () => {
    try {
      stopPostgres();
    } catch {
      // Already down.
    }
  };
  const stopAll = () => {
    if (stopped) return;
    stopped = true;
    stopQuietly();
    rmSync(dir, { recursive: true, force: true });
  };
  // A test run that dies must not leave servers behind.
  process.once('exit', stopAll);

  return {
    databaseUrl: (name) => `postgres://postgres@127.0.0.1:${pgPort}/${name}`,
    // Without blocking this process: the portal simulator and the webhook receiver keep answering meanwhile.
    stopPostgres: () => runAsync(join(bin, 'pg_ctl'), [...pgCtlArgs, '-m', 'immediate', 'stop']),
    // A scenario that failed mid-fault may ask for it after `stop`: it stays down then.
    startPostgres: async () => {
      if (stopped) return;
      await runAsync(join(bin, 'pg_ctl'), [...pgCtlArgs, '-o', settings, 'start']);
      if (stopped) stopQuietly();
    },
    async stop() {
      stopAll();
      process.removeListener('exit', stopAll);
    },
  };
}

export async function startPrivateRedis(): Promise<PrivateRedis> {
  const dir = runDirectory();
  const redisPort = await freePort(29379);
  const redis: ChildProcess = spawn(
    'redis-server',
    [
      '--port',
      String(redisPort),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--pidfile',
      join(dir, 'redis.pid'),
    ],
    { stdio: 'ignore', cwd: dir },
  );
  const redisCli = (...args: string[]) =>
    execFileSync('redis-cli', ['-p', String(redisPort), ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
  await waitFor(() => redisCli('PING') === 'PONG', { what: 'the private Redis', timeout: 20_000 });

  let stopped = false;
  const stopAll = () => {
    if (stopped) return;
    stopped = true;
    redis.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stopAll);
  const info = (field: string) =>
    Number(new RegExp(`^${field}:(\\d+)`, 'm').exec(redisCli('INFO', 'memory'))?.[1]);

  return {
    url: `redis://127.0.0.1:${redisPort}/0`,
    async flush() {
      if (redisCli('FLUSHALL') !== 'OK') throw new Error('FLUSHALL failed');
    },
    jobSchedulers: () =>
      QUEUE_NAMES.flatMap((queue) =>
        redisCli('ZRANGE', `${queuePrefix(queue)}:${queue}:repeat`, '0', '-1')
          .split('\n')
          .filter(Boolean)
          .map((id) => `${queue}/${id}`),
      ).sort(),
    memory: () => ({ used: info('used_memory'), peak: info('used_memory_peak') }),
    async stop() {
      stopAll();
      process.removeListener('exit', stopAll);
    },
  };
}
