import { startRedisCluster } from '../support/redis-cluster';
import type { Service } from './support/processes';
import { FaultRun } from './support/fault-run';
import { faultsQueueBackend } from './support/private-servers';
import { dossiers } from './support/scale';
import { judge } from './support/verdict';
import { sleep } from './support/wait';

/** How long a killed process stays down before it is started again, and the pause before the next kill. */
const DOWN_MS = 3000;
const BETWEEN_MS = 5000;
/** The order of the kills, round after round: never two processes down at once, so never all of a kind. */
const TURNS: ['apis' | 'workers', number][] = [
  ['apis', 0],
  ['workers', 0],
  ['workers', 1],
  ['apis', 1],
  ['workers', 2],
];

/**
 * Over a 3-master Redis Cluster (a replica each), as a province past one Redis would run; with
 * FAULTS_QUEUE_BACKEND=postgres, over PostgreSQL alone.
 */
const CLUSTER = () => startRedisCluster({ basePort: 31140, masters: 3, replicasPerMaster: 1 });

describe('2 apis and 3 workers on a Redis Cluster, each killed with SIGKILL and started again in turn, under steady load', () => {
  let run: FaultRun | undefined;
  afterAll(() => run?.stop());

  it('loses no dossier, transition, flag or message, and resends only what the killed workers had in flight', async () => {
    run = await FaultRun.start('many', {
      apis: 2,
      workers: 3,
      redis: faultsQueueBackend() === 'redis' ? CLUSTER : null,
    });
    const world = run;
    const kills: { name: string; signal: string | null; at: number }[] = [];
    const began = Date.now();
    const drive = await world.drive({
      ...dossiers(3000),
      faultAt: 0.1,
      // In turn for as long as the load runs, and at least once each (a short run finishes its round after it).
      fault: async (loadOver) => {
        for (let turn = 0; !loadOver.aborted || turn < TURNS.length; turn++) {
          const [kind, index] = TURNS[turn % TURNS.length];
          const service: Service = world[kind][index];
          const at = Math.round((Date.now() - began) / 1000);
          kills.push({ name: service.name, signal: await world.crash(service, DOWN_MS), at });
          await sleep(BETWEEN_MS);
        }
      },
    });
    const verdict = await judge(world, drive);
    const workerKills = kills.filter((k) => k.name.startsWith('worker')).length;
    console.log(
      JSON.stringify(
        {
          scenario: 'many-processes',
          aged: drive.aged.length,
          loadSeconds: Math.round(drive.seconds),
          kills: kills.map((k) => `${k.name} at ${k.at} s`),
          requestsByApi: Object.fromEntries(world.balancer.sent),
          ...verdict,
        },
        null,
        2,
      ),
    );

    expect(verdict.problems).toEqual([]);
    expect(kills.every((k) => k.signal === 'SIGKILL')).toBe(true);
    expect(new Set(kills.map((k) => k.name))).toEqual(
      new Set(['api 1', 'api 2', 'worker 1', 'worker 2', 'worker 3']),
    );
    // Every process is running at the end: the ones started again included.
    expect([...world.apis, ...world.workers].map((s) => s.child.exitCode)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    // Both apis carried the load.
    expect([...world.balancer.sent.values()].every((n) => n > drive.expected.length / 10)).toBe(true);
    expect(drive.aged.length).toBeGreaterThan(0);
    expect(verdict.openFlags).toBeGreaterThanOrEqual(drive.aged.length);
    // An api sends nothing to the portal or the webhook; a killed worker resends what its jobs had sent and not
    // committed: per queue one job at a time, so one notification and one dossier's messages per worker killed.
    expect(verdict.resent.webhook).toBeLessThanOrEqual(workerKills);
    expect(verdict.resent.portal.dossiers).toBeLessThanOrEqual(workerKills);
    expect(verdict.resent.portal.mostReceipts).toBeLessThanOrEqual(1 + workerKills);
  });
});
