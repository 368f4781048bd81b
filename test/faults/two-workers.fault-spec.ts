import { FaultRun } from './support/fault-run';
import { dossiers } from './support/scale';
import { judge } from './support/verdict';

describe('two worker processes side by side for a whole run', () => {
  let run: FaultRun | undefined;
  afterAll(() => run?.stop());

  it('does every job once between them', async () => {
    run = await FaultRun.start('two_workers', { workers: 2 });
    const world = run;
    const drive = await world.drive({ ...dossiers(2000), faultAt: 0.3, fault: async () => undefined });
    const verdict = await judge(world, drive);
    console.log(JSON.stringify({ scenario: 'two-workers', aged: drive.aged.length, ...verdict }, null, 2));

    expect(verdict.problems).toEqual([]);
    expect(world.workers.map((w) => w.child.exitCode)).toEqual([null, null]);
    expect(drive.aged.length).toBeGreaterThan(0);
    expect(verdict.openFlags).toBeGreaterThanOrEqual(drive.aged.length);
    expect(verdict.resent).toEqual({ portal: { messages: 0, dossiers: 0, mostReceipts: 1 }, webhook: 0 });
  });
});
