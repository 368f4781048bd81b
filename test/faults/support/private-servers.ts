import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { QUEUE_NAMES, queuePrefix } from '../../../libs/queue/src/queue-names.types';
import { freePort, waitFor } from './wait';

/**
 * A PostgreSQL cluster and a Redis server of the fault run's own, on spare loopback ports in a temporary
 * directory: the faults (restart, FLUSHALL) never touch the servers other tests share.
 */
export interface PrivateServers {
  databaseUrl(name: string): string;
  /** Null with FAULTS_QUEUE_BACKEND=postgres: no Redis is started. */
  redisUrl: string | null;
  /** An immediate shutdown: every connection is cut, as in a crash. */
  stopPostgres(): Promise<void>;
  startPostgres(): Promise<void>;
  flushRedis(): Promise<void>;
  /** The BullMQ job schedulers Redis holds, as `queue/id`, sorted. */
  jobSchedulers(): string[];
  stop(): Promise<void>;
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

// initdb refuses to run as root: the cluster belongs to the postgres user then.
const asOwner = (command: string, args: string[]): [string, string[]] =>
  process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];

function run(command: string, args: string[]): void {
  const [cmd, argv] = asOwner(command, args);
  execFileSync(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'], cwd: '/' });
}

async function runAsync(command: string, args: string[]): Promise<void> {
  const [cmd, argv] = asOwner(command, args);
  await promisify(execFile)(cmd, argv, { cwd: '/' });
}

/** FAULTS_QUEUE_BACKEND: redis (default) or postgres, where the run starts no Redis and the processes use none. */
export const faultsQueueBackend = (): 'redis' | 'postgres' =>
  process.env.FAULTS_QUEUE_BACKEND === 'postgres' ? 'postgres' : 'redis';

/**
 * The first port tried for a kind of private server: from FAULTS_PORTS_FROM when set (PostgreSQL there, Redis 10
 * above, the api 20 above, workers 30 above), so that a run can be kept to a range of its own; else `standard`.
 */
export function portFrom(kind: 'postgres' | 'redis' | 'api' | 'worker', standard: number): number {
  const base = Number(process.env.FAULTS_PORTS_FROM || 0);
  if (!base) return standard;
  return base + { postgres: 0, redis: 10, api: 20, worker: 30 }[kind];
}

/**
 * `portBase`: PostgreSQL on the first free port from it, Redis from the port after; unset, from portFrom's ports.
 */
export async function startPrivateServers(portBase?: number): Promise<PrivateServers> {
  const bin = postgresBin();
  // Under FAULTS_RUN_DIR when scripts/faults.sh set it, so that it can clean up after a run that was killed.
  const dir = mkdtempSync(join(process.env.FAULTS_RUN_DIR || tmpdir(), 'motcua-faults-'));
  const data = join(dir, 'pg');
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  const pgPort = await freePort(portBase ?? portFrom('postgres', 55432));
  const redisPort = await freePort(portBase === undefined ? portFrom('redis', 56379) : pgPort + 1);
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

  const onRedis = faultsQueueBackend() === 'redis';
  const redis: ChildProcess | undefined = !onRedis
    ? undefined
    : spawn(
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
  const redisUrl = `redis://127.0.0.1:${redisPort}/0`;
  const redisCli = (...args: string[]) =>
    execFileSync('redis-cli', ['-p', String(redisPort), ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
  if (onRedis)
    await waitFor(() => redisCli('PING') === 'PONG', { what: 'the private Redis', timeout: 20_000 });

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
    redis?.kill('SIGKILL');
    stopQuietly();
    rmSync(dir, { recursive: true, force: true });
  };
  // A test run that dies must not leave servers behind.
  process.once('exit', stopAll);

  return {
    databaseUrl: (name) => `postgres://postgres@127.0.0.1:${pgPort}/${name}`,
    redisUrl: onRedis ? redisUrl : null,
    // Without blocking this process: the portal simulator and the webhook receiver keep answering meanwhile.
    stopPostgres: () => runAsync(join(bin, 'pg_ctl'), [...pgCtlArgs, '-m', 'immediate', 'stop']),
    // A scenario that failed mid-fault may ask for it after `stop`: it stays down then.
    startPostgres: async () => {
      if (stopped) return;
      await runAsync(join(bin, 'pg_ctl'), [...pgCtlArgs, '-o', settings, 'start']);
      if (stopped) stopQuietly();
    },
    async flushRedis() {
      if (redisCli('FLUSHALL') !== 'OK') throw new Error('FLUSHALL failed');
    },
    jobSchedulers: () =>
      QUEUE_NAMES.flatMap((queue) =>
        redisCli('ZRANGE', `${queuePrefix(queue)}:${queue}:repeat`, '0', '-1')
          .split('\n')
          .filter(Boolean)
          .map((id) => `${queue}/${id}`),
      ).sort(),
    async stop() {
      stopAll();
      process.removeListener('exit', stopAll);
    },
  };
}
