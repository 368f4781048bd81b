import request from 'supertest';
import { ManualClock } from '@motcua/common';
import { QUEUE_NAMES, queuePrefix } from '@motcua/queue';
import { createPortalSim, type PortalSim } from '../apps/portal-sim/src/portal-sim.service';
import { bootE2e, type E2eWithWorker } from './support/boot-e2e';
import { FLOW_START, publicLookup, walkDossierThroughQueues } from './support/queue-flow';
import { type RedisCluster, redisCli, startRedisCluster } from './support/redis-cluster';

const SECRET = 'redis-cluster-sync-secret';

describe('on a Redis Cluster of three masters', () => {
  const clock = new ManualClock(FLOW_START);
  let cluster: RedisCluster | undefined;
  let sim: PortalSim | undefined;
  let e2e: E2eWithWorker | undefined;

  beforeAll(async () => {
    cluster = await startRedisCluster({ basePort: 31000, masters: 3, replicasPerMaster: 1 });
    sim = await createPortalSim({ syncSecret: SECRET });
    Object.assign(process.env, {
      REDIS_URL: cluster.url,
      PORTAL_SYNC_URL: `${sim.url}/sync`,
      PORTAL_SYNC_SECRET: SECRET,
      PORTAL_SYNC_BACKOFF_MS: '200',
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
});
