import { Logger } from '@nestjs/common';
import { WorkerHost } from '@nestjs/bullmq';
import type { BullRegistrar } from '@nestjs/bullmq';
import type { DiscoveryService } from '@nestjs/core';
import type { Job } from 'bullmq';
import type { EnvData } from '@motcua/common';
import { QueueWorkersService } from './queue-workers.service';
import type { Queues } from './queue.config';
import { dispatch, handlerProblems, MissingJobHandlersError } from './job-handlers.types';
import { JobName, QueueName } from './queue-names.types';

const complete = [
  { processor: 'IntakeProcessor', queue: QueueName.Intake, jobs: [JobName.StartDossier] },
  {
    processor: 'MaintenanceProcessor',
    queue: QueueName.Maintenance,
    jobs: [JobName.ReconcileIntake, JobName.EnsurePartitions],
  },
  {
    processor: 'DeadlineProcessor',
    queue: QueueName.Deadlines,
    jobs: [JobName.CheckDeadlines, JobName.SweepDeadlines],
  },
  {
    processor: 'NotificationProcessor',
    queue: QueueName.Notifications,
    jobs: [
      JobName.Escalate,
      JobName.RemindApology,
      JobName.DeliverNotification,
      JobName.DeliverCitizenNotice,
    ],
  },
  {
    processor: 'PortalSyncProcessor',
    queue: QueueName.PortalSync,
    jobs: [JobName.SyncDossier, JobName.SweepPortalSync],
  },
];

describe('handlerProblems', () => {
  it('accepts one handler per job name on the job’s queue', () => {
    expect(handlerProblems(complete)).toEqual([]);
  });

  it('names a job without a handler and its queue', () => {
    expect(handlerProblems(complete.filter((p) => p.processor !== 'MaintenanceProcessor'))).toEqual([
      `job 'reconcile-intake' (queue 'maintenance') has no handler`,
      `job 'ensure-partitions' (queue 'maintenance') has no handler`,
    ]);
  });

  it('names a handler on the wrong queue, a second handler and an unknown job name', () => {
    const problems = handlerProblems([
      ...complete,
      { processor: 'Stray', queue: QueueName.Maintenance, jobs: [JobName.StartDossier, 'send-sms'] },
    ]);
    expect(problems).toEqual([
      `Stray handles 'start-dossier' but consumes queue 'maintenance'; 'start-dossier' is added to 'dossier-intake'`,
      `Stray handles 'send-sms', which is not a job name`,
      `job 'start-dossier' has several handlers: IntakeProcessor, Stray`,
    ]);
  });
});

describe('dispatch', () => {
  const handlers = { [JobName.StartDossier]: jest.fn(async () => 'started') };

  it('runs the handler of the job’s name', async () => {
    const job = { name: JobName.StartDossier, data: { dossierId: 'x' } } as unknown as Job;
    await expect(dispatch<QueueName.Intake>(handlers, job)).resolves.toBe('started');
    expect(handlers[JobName.StartDossier]).toHaveBeenCalledWith(job);
  });

  it('fails a job it has no handler for with a retryable error', async () => {
    const job = { name: 'from-a-newer-release', queueName: QueueName.Intake } as unknown as Job;
    const error = await dispatch<QueueName.Intake>(handlers, job).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('Error');
    expect((error as Error).message).toBe(
      `no handler for job 'from-a-newer-release' on queue 'dossier-intake'`,
    );
  });
});

describe('QueueWorkersService', () => {
  beforeAll(() => Logger.overrideLogger(false));

  class FakeProcessor extends WorkerHost {
    constructor(
      queue: string,
      readonly handlers: Record<string, () => Promise<unknown>>,
      readonly close = jest.fn(async () => undefined),
    ) {
      super();
      Object.assign(this, { _worker: { name: queue, close, on: jest.fn() } });
    }
    process(): Promise<unknown> {
      return Promise.resolve();
    }
  }
  const gate = (...hosts: FakeProcessor[]) => {
    const registrar = { register: jest.fn() };
    const discovery = {
      getProviders: () => [...hosts, { unrelated: true }].map((instance) => ({ instance })),
    };
    return {
      registrar,
      gate: new QueueWorkersService(
        discovery as unknown as DiscoveryService,
        registrar as unknown as BullRegistrar,
        {} as Queues,
        { jobs: { workerStallMs: 30_000 } } as EnvData,
      ),
    };
  };
  const noop = async () => undefined;
  // Processors for every queue but the first two, so that each case varies only intake and maintenance.
  const others = () => [
    new FakeProcessor(QueueName.Deadlines, {
      [JobName.CheckDeadlines]: noop,
      [JobName.SweepDeadlines]: noop,
    }),
    new FakeProcessor(QueueName.Notifications, {
      [JobName.Escalate]: noop,
      [JobName.RemindApology]: noop,
      [JobName.DeliverNotification]: noop,
      [JobName.DeliverCitizenNotice]: noop,
    }),
    new FakeProcessor(QueueName.PortalSync, {
      [JobName.SyncDossier]: noop,
      [JobName.SweepPortalSync]: noop,
    }),
  ];

  it('starts the workers when every job name has a handler', async () => {
    const { gate: g, registrar } = gate(
      new FakeProcessor(QueueName.Intake, { [JobName.StartDossier]: noop }),
      new FakeProcessor(QueueName.Maintenance, {
        [JobName.ReconcileIntake]: noop,
        [JobName.EnsurePartitions]: noop,
      }),
      ...others(),
    );
    await g.onApplicationBootstrap();
    expect(registrar.register).toHaveBeenCalledTimes(1);
  });

  it('stops the boot with the list of problems, and closes the workers it started', async () => {
    const intake = new FakeProcessor(QueueName.Intake, { [JobName.StartDossier]: noop });
    const { gate: g } = gate(intake, ...others());
    const error = await g.onApplicationBootstrap().catch((e: Error) => e);
    expect(error).toBeInstanceOf(MissingJobHandlersError);
    expect((error as Error).message).toBe(
      `job handlers do not cover the job names:\n  - job 'reconcile-intake' (queue 'maintenance') has no handler\n` +
        `  - job 'ensure-partitions' (queue 'maintenance') has no handler`,
    );
    expect(intake.close).toHaveBeenCalledWith(true);
  });

  it('closes the workers, letting running jobs finish, before the application shuts down', async () => {
    const intake = new FakeProcessor(QueueName.Intake, { [JobName.StartDossier]: noop });
    const maintenance = new FakeProcessor(QueueName.Maintenance, {
      [JobName.ReconcileIntake]: noop,
      [JobName.EnsurePartitions]: noop,
    });
    const { gate: g } = gate(intake, maintenance, ...others());
    await g.onApplicationBootstrap();
    await g.beforeApplicationShutdown();
    expect(intake.close).toHaveBeenCalledWith();
    expect(maintenance.close).toHaveBeenCalledWith();
  });
});
