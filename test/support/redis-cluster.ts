import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * Redis Cluster and Sentinel sets of a test's own, started on loopback ports it names (`redis-server` and
 * `redis-cli` from the PATH; no persistence; removed by `stop`, or when the test process exits).
 */

const exec = promisify(execFile);
const HOST = '127.0.0.1';

export async function redisCli(port: number, ...args: string[]): Promise<string> {
  const { stdout } = await exec('redis-cli', ['-h', HOST, '-p', String(port), ...args], { timeout: 10_000 });
  return stdout.trim();
}

async function until<T>(
  check: () => Promise<T | undefined | false>,
  what: string,
  timeout = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${timeout} ms waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface Servers {
  dir: string;
  spawnServer(port: number, args: string[]): ChildProcess;
  stop(): void;
}

function servers(kind: string): Servers {
  const dir = mkdtempSync(join(tmpdir(), `motcua-${kind}-`));
  const children = new Map<number, ChildProcess>();
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    for (const child of children.values()) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    process.removeListener('exit', stop);
  };
  // A test that dies must not leave servers behind.
  process.once('exit', stop);
  return {
    dir,
    spawnServer(port, args) {
      const home = join(dir, String(port));
      mkdirSync(home, { recursive: true });
      const child = spawn('redis-server', args, { cwd: home, stdio: 'ignore' });
      children.set(port, child);
      return child;
    },
    stop,
  };
}

const serverArgs = (port: number) => [
  '--port',
  String(port),
  '--bind',
  HOST,
  '--save',
  '',
  '--appendonly',
  'no',
];

/** One line of CLUSTER NODES. */
export interface ClusterNode {
  id: string;
  port: number;
  master: boolean;
  failed: boolean;
  /** Slot ranges it serves, as [first, last]. */
  slots: Array<[number, number]>;
}

export interface RedisCluster {
  /** `redis+cluster://…` with every node as a seed. */
  url: string;
  ports: number[];
  /** The cluster as a live node sees it. */
  nodes(): Promise<ClusterNode[]>;
  /** The live masters, ordered by their first slot. */
  masters(): Promise<ClusterNode[]>;
  /** The port of the master serving a slot, or a key's slot. */
  masterOf(slotOrKey: number | string): Promise<number>;
  /** SIGKILLs the i-th live master (masters() order); resolves with its port. */
  killMaster(i: number): Promise<number>;
  /** Resolves once every slot is served by a live master again (a replica promoted). */
  waitForFailover(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * `masters` masters with `replicasPerMaster` replicas each, on ports basePort…; their cluster bus on basePort + 10….
 * A node is declared failed after 1 s without an answer, so a killed master's replica takes over in about 2 s.
 */
export async function startRedisCluster({
  basePort,
  masters = 3,
  replicasPerMaster = 1,
}: {
  basePort: number;
  masters?: number;
  replicasPerMaster?: number;
}): Promise<RedisCluster> {
  const count = masters * (1 + replicasPerMaster);
  if (count > 10) throw new Error('at most 10 nodes: the bus ports start at basePort + 10');
  const ports = Array.from({ length: count }, (_, i) => basePort + i);
  const run = servers('redis-cluster');
  const killed = new Set<number>();
  try {
    for (const port of ports) {
      run.spawnServer(port, [
        ...serverArgs(port),
        '--cluster-enabled',
        'yes',
        '--cluster-port',
        String(port + 10),
        '--cluster-config-file',
        'nodes.conf',
        '--cluster-node-timeout',
        '1000',
        // A replica takes over however long it has been cut off from its master.
        '--cluster-replica-validity-factor',
        '0',
      ]);
    }
    for (const port of ports)
      await until(async () => (await redisCli(port, 'PING')) === 'PONG', `redis ${port}`);
    await exec(
      'redis-cli',
      [
        '--cluster',
        'create',
        ...ports.map((p) => `${HOST}:${p}`),
        '--cluster-replicas',
        String(replicasPerMaster),
        '--cluster-yes',
      ],
      { timeout: 30_000 },
    );
  } catch (error) {
    run.stop();
    throw error;
  }

  const live = () => ports.find((p) => !killed.has(p)) as number;
  const nodes = async (): Promise<ClusterNode[]> =>
    (await redisCli(live(), 'CLUSTER', 'NODES')).split('\n').map((line) => {
      const [id, address, flags, , , , , , ...slots] = line.split(' ');
      return {
        id,
        port: Number(address.split('@')[0].split(':')[1]),
        master: flags.includes('master'),
        failed: flags.split(',').includes('fail'),
        slots: slots
          .filter((s) => /^\d/.test(s))
          .map((s) => {
            const [first, last = first] = s.split('-').map(Number);
            return [first, last] as [number, number];
          }),
      };
    });
  const masterList = async () =>
    (await nodes())
      .filter((n) => n.master && !n.failed && n.slots.length > 0)
      .sort((a, b) => a.slots[0][0] - b.slots[0][0]);
  const healthy = async () => {
    const info = await redisCli(live(), 'CLUSTER', 'INFO');
    if (!info.includes('cluster_state:ok')) return false;
    const serving = await masterList();
    const covered = serving.flatMap((m) => m.slots).reduce((n, [a, b]) => n + b - a + 1, 0);
    return covered === 16384 && serving.every((m) => !killed.has(m.port));
  };
  const ready = async () => {
    if (!(await healthy())) return false;
    // Every live node agrees the cluster is up and every live replica has synced.
    for (const port of ports.filter((p) => !killed.has(p))) {
      if (!(await redisCli(port, 'CLUSTER', 'INFO')).includes('cluster_state:ok')) return false;
      const role = await redisCli(port, 'ROLE');
      if (role.startsWith('slave') && !role.includes('connected')) return false;
    }
    return true;
  };
  await until(ready, 'the Redis Cluster to be up', 60_000).catch((error: Error) => {
    run.stop();
    throw error;
  });

  return {
    url: `redis+cluster://${ports.map((p) => `${HOST}:${p}`).join(',')}`,
    ports,
    nodes,
    masters: masterList,
    async masterOf(slotOrKey) {
      const slot =
        typeof slotOrKey === 'number'
          ? slotOrKey
          : Number(await redisCli(live(), 'CLUSTER', 'KEYSLOT', slotOrKey));
      const owner = (await masterList()).find((m) => m.slots.some(([a, b]) => slot >= a && slot <= b));
      if (!owner) throw new Error(`no live master serves slot ${slot}`);
      return owner.port;
    },
    async killMaster(i) {
      const target = (await masterList())[i];
      if (!target) throw new Error(`no master ${i}`);
      process.kill(await pidOf(target.port), 'SIGKILL');
      killed.add(target.port);
      return target.port;
    },
    waitForFailover: () =>
      until(healthy, 'a replica to take over the killed master', 30_000).then(() => undefined),
    stop: async () => run.stop(),
  };
}

async function pidOf(port: number): Promise<number> {
  const info = await redisCli(port, 'INFO', 'server');
  const pid = /process_id:(\d+)/.exec(info)?.[1];
  if (!pid) throw new Error(`no pid for redis ${port}`);
  return Number(pid);
}

export interface RedisSentinelSet {
  /** `redis+sentinel://…/<master name>/0` with the three sentinels. */
  url: string;
  masterName: string;
  /** The port the sentinels name as the master now. */
  master(): Promise<number>;
  /** `SENTINEL FAILOVER`: resolves with the new master's port once it is promoted and the sentinels name it. */
  failover(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * A master on basePort, its replica on basePort + 1 and three sentinels on basePort + 2…4 (quorum 2, a master
 * down after 1 s).
 */
export async function startRedisSentinel({
  basePort,
  masterName = 'motcua',
}: {
  basePort: number;
  masterName?: string;
}): Promise<RedisSentinelSet> {
  const [masterPort, replicaPort] = [basePort, basePort + 1];
  const sentinelPorts = [basePort + 2, basePort + 3, basePort + 4];
  const run = servers('redis-sentinel');
  const master = async () =>
    Number(
      (await redisCli(sentinelPorts[0], 'SENTINEL', 'GET-MASTER-ADDR-BY-NAME', masterName)).split('\n')[1],
    );
  try {
    run.spawnServer(masterPort, serverArgs(masterPort));
    run.spawnServer(replicaPort, [...serverArgs(replicaPort), '--replicaof', HOST, String(masterPort)]);
    for (const port of sentinelPorts) {
      const config = join(run.dir, `sentinel-${port}.conf`);
      writeFileSync(
        config,
        [
          `port ${port}`,
          `bind ${HOST}`,
          `sentinel monitor ${masterName} ${HOST} ${masterPort} 2`,
          `sentinel down-after-milliseconds ${masterName} 1000`,
          `sentinel failover-timeout ${masterName} 10000`,
          '',
        ].join('\n'),
      );
      run.spawnServer(port, [config, '--sentinel']);
    }
    await until(
      async () => (await redisCli(replicaPort, 'ROLE')).includes('connected'),
      'the replica to sync',
    );
    // Every sentinel knows the replica and the two other sentinels: a failover can be asked of any of them.
    for (const port of sentinelPorts) {
      await until(async () => {
        const replicas = await redisCli(port, 'SENTINEL', 'REPLICAS', masterName);
        const others = await redisCli(port, 'SENTINEL', 'SENTINELS', masterName);
        return (
          replicas.includes(String(replicaPort)) && others.split('\n').filter((l) => l === 'name').length >= 2
        );
      }, `sentinel ${port} to see the set`);
    }
  } catch (error) {
    run.stop();
    throw error;
  }
  return {
    url: `redis+sentinel://${sentinelPorts.map((p) => `${HOST}:${p}`).join(',')}/${masterName}/0`,
    masterName,
    master,
    async failover() {
      const before = await master();
      await redisCli(sentinelPorts[0], 'SENTINEL', 'FAILOVER', masterName);
      return until(
        async () => {
          const now = await master();
          if (now === before) return false;
          if (!(await redisCli(now, 'ROLE')).startsWith('master')) return false;
          // Every sentinel names the new master before a client asks any of them.
          for (const port of sentinelPorts) {
            const named = await redisCli(port, 'SENTINEL', 'GET-MASTER-ADDR-BY-NAME', masterName);
            if (Number(named.split('\n')[1]) !== now) return false;
          }
          return now;
        },
        'the failover',
        30_000,
      );
    },
    stop: async () => run.stop(),
  };
}
