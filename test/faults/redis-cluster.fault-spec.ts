import { QueueName, queuePrefix } from '../../libs/queue/src/queue-names.types';
import { type RedisCluster, startRedisCluster } from '../support/redis-cluster';
import { FaultRun } from './support/fault-run';
import { dossiers } from './support/scale';
import { judge } from './support/verdict';

// The cluster's ports from here (its nodes, then their bus ports at + 10), the run's from + 20 (FaultRunOptions).
const PORT_BASE = Number(process.env.FAULTS_CLUSTER_PORT_BASE || 31040);
// The worker watchdog's threshold: a worker left blocking on the dead master is replaced after this long.
const WORKER_STALL_MS = 10_000;

describe('a Redis Cluster master killed in the middle of a run', () => {
  let cluster: RedisCluster | undefined;
  let run: FaultRun | undefined;
  // The run stops the cluster with the rest of its servers.
  afterAll(() => run?.stop());

  it('loses nothing once its replica takes over: the sweeps rebuild what the master took with it', async () => {
    run = await FaultRun.start('cluster', {
      redis: async () =>
        (cluster = await startRedisCluster({ basePort: PORT_BASE, masters: 3, replicasPerMaster: 1 })),
      env: { WORKER_STALL_MS: String(WORKER_STALL_MS) },
    });
    const redis = cluster!;
    const world = run;
    // The watchdog's lines, kept whole (a service keeps only its last 200 lines).
    const watchdog: string[] = [];
    const keep = (chunk: Buffer) =>
      watchdog.push(
        ...chunk
          .toString()
          .split('\n')
          .filter((line) => line.includes('worker watchdog')),
      );
    world.workers[0].child.stdout?.on('data', keep);
    world.workers[0].child.stderr?.on('data', keep);
    let failover = { killed: 0, promoted: 0, seconds: 0, killedAt: '' };
    const drive = await world.drive({
      ...dossiers(2000),
      faultAt: 0.4,
      fault: async () => {
        // The master of the intake queue, the busiest.
        const tag = queuePrefix(QueueName.Intake);
        const owner = await redis.masterOf(tag);
        const index = (await redis.masters()).findIndex((m) => m.port === owner);
        const began = Date.now();
        const killed = await redis.killMaster(index);
        await redis.waitForFailover();
        failover = {
          killed,
          promoted: await redis.masterOf(tag),
          seconds: (Date.now() - began) / 1000,
          killedAt: new Date(began).toISOString(),
        };
      },
    });
    const verdict = await judge(world, drive);
    console.log(
      JSON.stringify(
        { scenario: 'redis-cluster', aged: drive.aged.length, failover, watchdog, ...verdict },
        null,
        2,
      ),
    );

    expect(verdict.problems).toEqual([]);
    expect(failover.promoted).not.toBe(failover.killed);
    expect(drive.aged.length).toBeGreaterThan(0);
    expect(verdict.openFlags).toBeGreaterThanOrEqual(drive.aged.length);
    // A job running when its master died is run again once its lock is found stale: what it had sent and not
    // committed is sent again, as after a worker's SIGKILL, one job per queue.
    expect(verdict.resent.webhook).toBeLessThanOrEqual(1);
    expect(verdict.resent.portal.dossiers).toBeLessThanOrEqual(1);
    expect(verdict.resent.portal.mostReceipts).toBeLessThanOrEqual(2);
  });
});
