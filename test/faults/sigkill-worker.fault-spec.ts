import { FaultRun } from './support/fault-run';
import { dossiers } from './support/scale';
import { judge } from './support/verdict';
import { sleep } from './support/wait';

describe('the worker killed with SIGKILL during a 5,000-dossier run', () => {
  let run: FaultRun | undefined;
  afterAll(() => run?.stop());

  it('loses no dossier, transition, flag or message, and resends only what was in flight', async () => {
    run = await FaultRun.start('sigkill');
    const world = run;
    const drive = await world.drive({
      ...dossiers(5000),
      faultAt: 0.4,
      fault: async () => {
        const killed = await world.workers[0].kill('SIGKILL').then(() => world.workers[0].exited);
        expect(killed.signal).toBe('SIGKILL');
        await sleep(3000);
        await world.startWorker();
      },
    });
    const verdict = await judge(world, drive);
    console.log(JSON.stringify({ scenario: 'sigkill', aged: drive.aged.length, ...verdict }, null, 2));

    expect(verdict.problems).toEqual([]);
    expect(drive.aged.length).toBeGreaterThan(0);
    expect(verdict.openFlags).toBeGreaterThanOrEqual(drive.aged.length);
    // One job per queue runs at a time in a worker: what it had sent and not committed at the kill is sent again,
    // once: one notification, and the messages of one dossier.
    expect(verdict.resent.webhook).toBeLessThanOrEqual(1);
    expect(verdict.resent.portal.dossiers).toBeLessThanOrEqual(1);
    expect(verdict.resent.portal.mostReceipts).toBeLessThanOrEqual(2);
  });
});
