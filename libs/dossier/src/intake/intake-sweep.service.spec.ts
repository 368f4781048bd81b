import { Logger } from '@nestjs/common';
import type { JobState, Queue } from 'bullmq';
import { ManualClock } from '@motcua/common';
import { JobName } from '@motcua/queue';
import { INTAKE_GRACE_MS, intakeRepair, IntakeSweepService } from './intake-sweep.service';
import type { PendingIntake, PendingIntakeRepository } from './pending-intake.repository';

describe('intakeRepair', () => {
  it.each<[JobState | 'unknown', string]>([
    ['unknown', 'add'],
    ['completed', 'replace'],
    ['failed', 'retry'],
    ['waiting', 'none'],
    ['delayed', 'none'],
    ['prioritized', 'none'],
    ['active', 'none'],
  ])('a job %s → %s', (state, repair) => expect(intakeRepair(state)).toBe(repair));
});

describe('IntakeSweepService.reconcile', () => {
  beforeAll(() => Logger.overrideLogger(false));
  const now = new Date('2026-11-23T09:00:00+07:00');
  const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

  function sweep(states: Record<string, JobState | 'unknown'>, pages: PendingIntake[][]) {
    const retry = jest.fn(async () => undefined);
    const intake = {
      getJobState: jest.fn(async (jobId: string) => states[jobId] ?? 'unknown'),
      getJob: jest.fn(async () => ({ retry })),
      remove: jest.fn(async () => 1),
      add: jest.fn(async () => ({})),
    };
    const pending = { page: jest.fn(async () => pages.shift() ?? []) };
    const service = new IntakeSweepService(
      pending as unknown as PendingIntakeRepository,
      intake as unknown as Queue,
      new ManualClock(now),
    );
    return { service, intake, pending, retry };
  }

  it('adds a missing job, re-adds a completed one, retries a failed one, leaves a queued one', async () => {
    const rows = [1, 2, 3, 4].map((n) => ({ id: id(n), acceptedAt: new Date(now.getTime() - 60_000) }));
    const { service, intake, retry, pending } = sweep(
      { [`intake-${id(2)}`]: 'completed', [`intake-${id(3)}`]: 'failed', [`intake-${id(4)}`]: 'waiting' },
      [rows],
    );

    await expect(service.reconcile()).resolves.toEqual({ add: 1, replace: 1, retry: 1, none: 1, errors: 0 });

    expect(pending.page).toHaveBeenCalledWith(new Date(now.getTime() - INTAKE_GRACE_MS), 500, undefined);
    expect(intake.add.mock.calls).toEqual([
      [JobName.StartDossier, { dossierId: id(1) }, { jobId: `intake-${id(1)}` }],
      [JobName.StartDossier, { dossierId: id(2) }, { jobId: `intake-${id(2)}` }],
    ]);
    expect(intake.remove).toHaveBeenCalledWith(`intake-${id(2)}`);
    expect(retry).toHaveBeenCalledWith('failed');
  });

  it('walks every page, continuing after the last dossier of the previous one', async () => {
    const full = Array.from({ length: 500 }, (_, n) => ({
      id: id(n),
      acceptedAt: new Date(now.getTime() - 60_000),
    }));
    const { service, pending, intake } = sweep({}, [full, [{ id: id(999), acceptedAt: now }]]);

    const report = await service.reconcile();

    expect(report.add).toBe(501);
    expect(pending.page).toHaveBeenCalledTimes(2);
    expect(pending.page).toHaveBeenLastCalledWith(expect.any(Date), 500, full[499]);
    expect(intake.add).toHaveBeenCalledTimes(501);
  });

  it('counts a dossier it could not repair and goes on with the others', async () => {
    const rows = [1, 2].map((n) => ({ id: id(n), acceptedAt: now }));
    const { service, intake } = sweep({}, [rows]);
    intake.add.mockRejectedValueOnce(new Error('Connection is closed.'));
    await expect(service.reconcile()).resolves.toMatchObject({ add: 1, errors: 1 });
  });
});
