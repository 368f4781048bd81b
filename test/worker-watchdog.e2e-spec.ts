import { ManualClock } from '@motcua/common';
import { QueueName, QueueWorkersService } from '@motcua/queue';
import { IntakeProcessor } from '../apps/worker/src/intake.processor';
import { bootE2e, type E2eWithWorker } from './support/boot-e2e';
import { FLOW_START } from './support/queue-flow';
import { waitFor } from './support/worker';

// The watchdog's threshold here: a queue's jobs left untaken for a second mean a stuck worker.
const WORKER_STALL_MS = 1_000;

describe('the worker watchdog', () => {
  const clock = new ManualClock(FLOW_START);
  let e2e: E2eWithWorker | undefined;

  beforeAll(async () => {
    process.env.WORKER_STALL_MS = String(WORKER_STALL_MS);
    e2e = await bootE2e({ clock, worker: true });
  }, 60_000);

  afterAll(async () => {
    delete process.env.WORKER_STALL_MS;
    // Closes the live workers: the replacement, not the one it replaced.
    await e2e?.close();
  });

  it('replaces a worker that stopped taking jobs, and the new one starts what waited', async () => {
    const host = e2e!.worker.get(IntakeProcessor);
    const stuck = host.worker;
    const concurrency = stuck.concurrency;
    // A worker that fetches nothing more, as one blocked on a dead Cluster master.
    await stuck.pause(true);
    // A wait for jobs already under way (at most the worker's drain delay, 5 s) would still take the next one.
    await new Promise((resolve) => setTimeout(resolve, (stuck.opts.drainDelay ?? 5) * 1000 + 1000));
    const receipt = await e2e!.client.receive('letan.xa', '2.000908');
    expect(receipt.status).toBe(201);
    const receivedAt = Date.now();
    await waitFor(
      async () => {
        const res = await e2e!.client.get('letan.xa', `/dossiers/${receipt.body.code as string}`);
        return res.status === 200 && res.body.status !== 'accepted';
      },
      // The threshold, a check period (1 s at this threshold) and the start itself.
      { what: 'the dossier to be started by a new intake worker', timeout: WORKER_STALL_MS + 10_000 },
    );
    expect(Date.now() - receivedAt).toBeGreaterThanOrEqual(WORKER_STALL_MS);
    const replaced = e2e!.worker.get(QueueWorkersService).replacements();
    expect(replaced).toEqual({
      [QueueName.Intake]: 1,
      [QueueName.Maintenance]: 0,
      [QueueName.Deadlines]: 0,
      [QueueName.Notifications]: 0,
      [QueueName.PortalSync]: 0,
    });
    // One worker on the queue: the old one closed, the new one with the same concurrency.
    expect(host.worker).not.toBe(stuck);
    expect(stuck.closing).toBeTruthy();
    expect(host.worker.concurrency).toBe(concurrency);
    expect(host.worker.isRunning()).toBe(true);
  });
});
