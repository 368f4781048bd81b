import { FaultRun } from './support/fault-run';
import { probe, probeFor } from './support/probe';
import { dossiers } from './support/scale';
import { judge } from './support/verdict';
import { waitFor } from './support/wait';

const DOWN_MS = 10_000;

describe('PostgreSQL restarted in the middle of a run', () => {
  let run: FaultRun | undefined;
  afterAll(() => run?.stop());

  it('answers 503 while it is down, recovers by itself and loses nothing', async () => {
    run = await FaultRun.start('restart');
    const world = run;
    const token = world.load.users.find((u) => u.roles.includes('reception'))!.token;
    let whileDown: Awaited<ReturnType<typeof probeFor>> = [];
    let recoveredIn = 0;
    const drive = await world.drive({
      ...dossiers(2000),
      faultAt: 0.4,
      fault: async () => {
        await world.postgres.stopPostgres();
        whileDown = await probeFor(world.api.url, token, DOWN_MS);
        await world.postgres.startPostgres();
        const back = Date.now();
        await waitFor(async () => (await probe(world.api.url, token))[0].status === 200, {
          what: 'the api to answer /health with 200 again',
          timeout: 60_000,
        });
        recoveredIn = Date.now() - back;
      },
    });
    const verdict = await judge(world, drive);
    const answers = [...new Set(whileDown.map((a) => `${a.what} ${a.status} ${a.code ?? ''}`))];
    console.log(
      JSON.stringify(
        { scenario: 'restart', aged: drive.aged.length, answers, recoveredIn, ...verdict },
        null,
        2,
      ),
    );

    expect(whileDown.length).toBeGreaterThan(0);
    expect(whileDown.filter((a) => a.what === 'GET /health').every((a) => a.status === 503)).toBe(true);
    const calls = whileDown.filter((a) => a.what !== 'GET /health');
    expect(calls.map((a) => [a.what, a.status, a.code, a.retryAfter])).toEqual(
      calls.map((a) => [a.what, 503, 'SERVICE_UNAVAILABLE', '5']),
    );
    expect(world.api.child.exitCode).toBeNull();
    expect(world.workers[0].child.exitCode).toBeNull();
    expect(verdict.problems).toEqual([]);
    expect(drive.aged.length).toBeGreaterThan(0);
    // A send whose commit the database did not take is repeated: one notification, one dossier's messages.
    expect(verdict.resent.webhook).toBeLessThanOrEqual(1);
    expect(verdict.resent.portal.dossiers).toBeLessThanOrEqual(1);
    expect(verdict.resent.portal.mostReceipts).toBeLessThanOrEqual(2);
  });
});
