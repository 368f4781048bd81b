import request from 'supertest';
import { ManualClock } from '@motcua/common';
import { createPortalSim, type PortalSim } from '../apps/portal-sim/src/portal-sim.service';
import { bootE2e, type E2eWithWorker } from './support/boot-e2e';
import { FLOW_START, publicLookup, walkDossierThroughQueues } from './support/queue-flow';
import { type RedisSentinelSet, startRedisSentinel } from './support/redis-cluster';

const SECRET = 'redis-sentinel-sync-secret';
const DAY = 24 * 3_600_000;
// The master, its replica and the three sentinels take five ports from here.
const PORT_BASE = Number(process.env.TEST_REDIS_SENTINEL_PORT_BASE || 31020);

describe('on a Redis master found through three Sentinels', () => {
  const clock = new ManualClock(FLOW_START);
  let sentinel: RedisSentinelSet | undefined;
  let sim: PortalSim | undefined;
  let e2e: E2eWithWorker | undefined;

  beforeAll(async () => {
    sentinel = await startRedisSentinel({ basePort: PORT_BASE });
    sim = await createPortalSim({ syncSecret: SECRET });
    Object.assign(process.env, {
      REDIS_URL: sentinel.url,
      PORTAL_SYNC_URL: `${sim.url}/sync`,
      PORTAL_SYNC_SECRET: SECRET,
      PORTAL_SYNC_BACKOFF_MS: '200',
    });
    e2e = await bootE2e({ clock, worker: true });
  }, 90_000);

  afterAll(async () => {
    await e2e?.close();
    await sim?.close();
    await sentinel?.stop();
  });

  it('takes a dossier through every queue on the master the sentinels name', async () => {
    const code = await walkDossierThroughQueues(e2e!, clock, sim!);
    expect((await publicLookup(e2e!.api, code)).status).toBe(200);
    expect((await request(e2e!.api.getHttpServer()).get('/health')).status).toBe(200);
  });

  it('follows a failover: after SENTINEL FAILOVER a new dossier still goes through, on the new master', async () => {
    const before = await sentinel!.master();
    const after = await sentinel!.failover();
    expect(after).not.toBe(before);
    const code = await walkDossierThroughQueues(e2e!, clock, sim!, new Date(FLOW_START.getTime() + 21 * DAY));
    expect((await publicLookup(e2e!.api, code)).status).toBe(200);
    expect((await request(e2e!.worker.getHttpServer()).get('/health')).status).toBe(200);
  }, 120_000);
});
