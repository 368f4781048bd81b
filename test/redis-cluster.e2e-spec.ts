import request from 'supertest';
import { ManualClock } from '@motcua/common';
import { QUEUE_NAMES, QueueName, queuePrefix, QueueWorkersService } from '@motcua/queue';
import { createPortalSim, type PortalSim } from '../apps/portal-sim/src/portal-sim.service';
import { bootE2e, type E2eWithWorker } from './support/boot-e2e';
import { FLOW_START, publicLookup, walkDossierThroughQueues } from './support/queue-flow';
import { type RedisCluster, redisCli, startRedisCluster } from './support/redis-cluster';
import { waitFor } from './support/worker';

const SECRET = 'redis-cluster-sync-secret';
// The cluster's nodes from here, their bus ports from + 10.
const PORT_BASE = Number(process.env.TEST_REDIS_CLUSTER_PORT_BASE || 31000);
// The worker watchdog's threshold in this suite: a worker left on a dead master is replaced after 2 s of ready jobs.
const WORKER_STALL_MS = 2_000;

describe('on a Redis Cluster of three masters', () => {
  const clock = new ManualClock(FLOW_START);
  let cluster: RedisCluster | undefined;
  let sim: PortalSim | undefined;
  let e2e: E2eWithWorker | undefined;

  beforeAll(async () => {
    cluster = await startRedisCluster({ basePort: PORT_BASE, masters: 3, replicasPerMaster: 1 });
    sim = await createPortalSim({ syncSecret: SECRET });
    Object.assign(process.env, {
      REDIS_URL: cluster.url,
      PORTAL_SYNC_URL: `${sim.url}/sync`,
      PORTAL_SYNC_SECRET: SECRET,
      PORTAL_SYNC_BACKOFF_MS: '200',
      WORKER_STALL_MS: String(WORKER_STALL_MS),
    });
    e2e = await bootE2e({ clock, worker: true });
  }, 90_000);

  afterAll(async () => {
    await e2e?.close();
    await sim?.close();
    await cluster?.stop();
  });

  it('takes a dossier through intake, officers, a flag and its escalation, and portal sync', async () => {
    const code = await walkDossierThroughQueues(e2e!, clock, sim!);
    expect((await publicLookup(e2e!.api, code)).status).toBe(200);
    // A failed login is counted by the login throttle (a success only clears counts).
    const failed = await request(e2e!.api.getHttpServer())
      .post('/api/v1/auth/login')
      .send({ username: 'letan.xa', password: 'not-the-password' });
    expect(failed.status).toBe(401);
    expect((await request(e2e!.api.getHttpServer()).get('/health')).body).toMatchObject({
      status: 'ok',
      info: { redis: { status: 'up' } },
    });
    expect((await request(e2e!.worker.getHttpServer()).get('/health')).status).toBe(200);
  });

  it("keeps each queue's keys on the master of its hash tag, and spreads the queues over the masters", async () => {
    const holders = new Map<string, number[]>();
    // Masters only: a replica holds copies of its master's keys.
    for (const { port } of await cluster!.masters()) {
      const keys = (await redisCli(port, '--scan', '--pattern', '{*')).split('\n').filter(Boolean);
      for (const key of keys) {
        const tag = key.slice(0, key.indexOf('}') + 1);
        holders.set(tag, [...new Set([...(holders.get(tag) ?? []), port])]);
      }
    }
    const queueMasters = new Set<number>();
    for (const queue of QUEUE_NAMES) {
      const tag = queuePrefix(queue);
      const master = await cluster!.masterOf(tag);
      // Every queue has keys by now (its jobs, or a sweep's scheduler), all on one node: its master.
      expect([queue, holders.get(tag)]).toEqual([queue, [master]]);
      queueMasters.add(master);
    }
    expect(queueMasters.size).toBeGreaterThan(1);
    // The login throttle's counts and the lookup's rate limit live under their own tags.
    for (const tag of ['{login}', '{ratelimit}']) {
      expect([tag, holders.get(tag)]).toEqual([tag, [await cluster!.masterOf(tag)]]);
    }
  });

  it("goes on taking jobs from a killed master's queues once its replica is promoted", async () => {
    const intakeTag = queuePrefix(QueueName.Intake);
    const owner = await cluster!.masterOf(intakeTag);
    // Every queue served by the master about to die, for the message of a failure.
    const onOwner: string[] = [];
    for (const queue of QUEUE_NAMES) {
      if ((await cluster!.masterOf(queuePrefix(queue))) === owner) onOwner.push(queue);
    }
    const index = (await cluster!.masters()).findIndex((m) => m.port === owner);
    const killedAt = Date.now();
    await cluster!.killMaster(index);
    await cluster!.waitForFailover();
    const promotedAfterMs = Date.now() - killedAt;
    expect(await cluster!.masterOf(intakeTag)).not.toBe(owner);

    // A dossier received now is started by the intake queue's worker, replaced by the watchdog if its blocking
    // connection stayed on the dead master: within the threshold, a check period and the job's own time.
    const receivedAt = Date.now();
    const receipt = await e2e!.client.receive('letan.xa', '2.000908');
    expect(receipt.status).toBe(201);
    await waitFor(
      async () => {
        const res = await e2e!.client.get('letan.xa', `/dossiers/${receipt.body.code as string}`);
        return res.status === 200 && res.body.status !== 'accepted';
      },
      {
        what: `the dossier received after the failover (queues on the killed master: ${onOwner.join(', ')}) to be started`,
        timeout: WORKER_STALL_MS + 15_000,
      },
    );
    const startedAfterMs = Date.now() - receivedAt;

    // Then a whole walk weeks later: intake, a flag escalated through the notifications queue, portal sync.
    const code = await walkDossierThroughQueues(
      e2e!,
      clock,
      sim!,
      new Date(FLOW_START.getTime() + 60 * 86_400_000),
    );
    expect((await publicLookup(e2e!.api, code)).status).toBe(200);
    const replaced = e2e!.worker.get(QueueWorkersService).replacements();
    console.log(JSON.stringify({ killed: owner, onOwner, promotedAfterMs, startedAfterMs, replaced }));
    // A queue on a live master is never taken for stuck.
    for (const queue of QUEUE_NAMES.filter((q) => !onOwner.includes(q)))
      expect([queue, replaced[queue]]).toEqual([queue, 0]);
  }, 90_000);
});
