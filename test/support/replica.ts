import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { asOwner, postgresBin } from '../faults/support/private-servers';
import { freePort, waitFor } from '../faults/support/wait';

/** A private PostgreSQL primary and its streaming standby, on loopback ports of their own. */
export interface ReplicaPair {
  primaryUrl(database: string): string;
  replicaUrl(database: string): string;
  /** Runs one statement on the primary's or the standby's `database`; returns its rows. */
  sql<T = Record<string, unknown>>(on: 'primary' | 'replica', database: string, text: string): Promise<T[]>;
  /** Until the standby has replayed everything the primary had written when this was called. */
  caughtUp(): Promise<void>;
  /** Replay paused (WAL still streams in and waits): the standby's data stands still. */
  pauseReplay(): Promise<void>;
  resumeReplay(): Promise<void>;
  /** A fast shutdown of the standby: it no longer answers. */
  stopReplica(): Promise<void>;
  stop(): void;
}

async function run(command: string, args: string[]): Promise<void> {
  const [cmd, argv] = asOwner(command, args);
  await promisify(execFile)(cmd, argv, { cwd: '/' });
}

/**
 * initdb a primary on a free port from `firstPort`, `pg_basebackup -R` a standby from it on the next free port,
 * start both and wait until the primary reports the standby streaming. Throwaway clusters: no fsync.
 */
export async function startReplicaPair(firstPort = 57210): Promise<ReplicaPair> {
  const bin = postgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'motcua-replica-'));
  if (process.getuid?.() === 0) {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, id('-u'), id('-g'));
  }
  chmodSync(dir, 0o700);
  const primaryData = join(dir, 'primary');
  const replicaData = join(dir, 'replica');
  const primaryPort = await freePort(firstPort);
  const replicaPort = await freePort(primaryPort + 1);
  // The pair stays within 572xx, apart from the fault run's servers (from 55432 and 56379).
  if (replicaPort > 57299) throw new Error(`no two free ports in ${firstPort}-57299`);
  const pgCtl = (data: string, ...args: string[]) =>
    run(join(bin, 'pg_ctl'), ['-D', data, '-l', `${data}.log`, '-w', '-t', '60', ...args]);
  const options = (port: number) =>
    [
      `-p ${port}`,
      `-k ${dir}`,
      '-c listen_addresses=127.0.0.1',
      '-c max_connections=100',
      '-c fsync=off',
      '-c wal_level=replica',
      '-c max_wal_senders=4',
      // Report statements on the standby are not cancelled by the primary's vacuum (docs/deployment.md).
      '-c hot_standby_feedback=on',
    ].join(' ');

  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    for (const data of [replicaData, primaryData]) {
      try {
        const [cmd, argv] = asOwner(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
        execFileSync(cmd, argv, { stdio: 'ignore', cwd: '/' });
      } catch {
        // Not started, or already down.
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stop);

  try {
    await run(join(bin, 'initdb'), [
      '-D',
      primaryData,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--no-sync',
    ]);
    await pgCtl(primaryData, '-o', options(primaryPort), 'start');
    await run(join(bin, 'pg_basebackup'), [
      '-h',
      '127.0.0.1',
      '-p',
      String(primaryPort),
      '-U',
      'postgres',
      '-D',
      replicaData,
      '-R',
      '-X',
      'stream',
      '-c',
      'fast',
      '--no-sync',
    ]);
    await pgCtl(replicaData, '-o', options(replicaPort), 'start');
  } catch (error) {
    stop();
    throw error;
  }

  const url = (port: number, database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  const sql = async <T>(on: 'primary' | 'replica', database: string, text: string): Promise<T[]> => {
    const client = new Client({
      connectionString: url(on === 'primary' ? primaryPort : replicaPort, database),
    });
    await client.connect();
    try {
      return (await client.query(text)).rows as T[];
    } finally {
      await client.end();
    }
  };
  await waitFor(
    async () =>
      (await sql<{ state: string }>('primary', 'postgres', 'SELECT state FROM pg_stat_replication')).some(
        (r) => r.state === 'streaming',
      ),
    { what: 'the standby to stream', timeout: 30_000 },
  );

  return {
    primaryUrl: (database) => url(primaryPort, database),
    replicaUrl: (database) => url(replicaPort, database),
    sql,
    async caughtUp() {
      const [{ lsn }] = await sql<{ lsn: string }>(
        'primary',
        'postgres',
        'SELECT pg_current_wal_lsn() AS lsn',
      );
      await waitFor(
        async () =>
          (
            await sql<{ done: boolean }>(
              'replica',
              'postgres',
              `SELECT pg_last_wal_replay_lsn() >= '${lsn}'::pg_lsn AS done`,
            )
          )[0].done,
        { what: 'the standby to replay the primary', timeout: 30_000, interval: 50 },
      );
    },
    async pauseReplay() {
      await sql('replica', 'postgres', 'SELECT pg_wal_replay_pause()');
      await waitFor(
        async () =>
          (await sql<{ s: string }>('replica', 'postgres', 'SELECT pg_get_wal_replay_pause_state() AS s'))[0]
            .s === 'paused',
        { what: 'replay to pause', interval: 50 },
      );
    },
    async resumeReplay() {
      await sql('replica', 'postgres', 'SELECT pg_wal_replay_resume()');
    },
    stopReplica: () => pgCtl(replicaData, '-m', 'fast', 'stop'),
    stop() {
      stop();
      process.removeListener('exit', stop);
    },
  };
}
