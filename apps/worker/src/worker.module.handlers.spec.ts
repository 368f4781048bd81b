import { handlerProblems, QueueName } from '@motcua/queue';
import type { Clock, EnvData, MetricsService, PartitionService } from '@motcua/common';
import {
  type DeadlineService,
  type DeadlineSweepService,
  type IntakeSweepService,
  type IntakeService,
  type SupplementWaitSweepService,
} from '@motcua/dossier';
import type {
  ApologyService,
  CitizenNoticeDeliveryService,
  DeliveryService,
  EscalationService,
  NotificationSweepService,
  SupplementWaitNotifierService,
} from '@motcua/notification';
import { DeadlineProcessor } from './deadline.processor';
import { IntakeProcessor } from './intake.processor';
import { MaintenanceProcessor } from './maintenance.processor';
import { NotificationProcessor } from './notification.processor';
import { PortalSyncProcessor } from './portal-sync.processor';
import type { PortalSyncDeliveryService, PortalSyncSweepService } from '@motcua/portal';

describe('the worker’s processors', () => {
  it('handle every job name, each on its own queue', () => {
    const processors = [
      {
        processor: 'IntakeProcessor',
        queue: QueueName.Intake,
        host: new IntakeProcessor({} as IntakeService, {} as EnvData),
      },
      {
        processor: 'MaintenanceProcessor',
        queue: QueueName.Maintenance,
        host: new MaintenanceProcessor({} as IntakeSweepService, {} as PartitionService, {} as Clock),
      },
      {
        processor: 'DeadlineProcessor',
        queue: QueueName.Deadlines,
        host: new DeadlineProcessor(
          {} as DeadlineService,
          {} as DeadlineSweepService,
          {} as NotificationSweepService,
          {} as SupplementWaitSweepService,
          {} as SupplementWaitNotifierService,
          {} as MetricsService,
        ),
      },
      {
        processor: 'NotificationProcessor',
        queue: QueueName.Notifications,
        host: new NotificationProcessor(
          {} as EscalationService,
          {} as ApologyService,
          {} as DeliveryService,
          {} as CitizenNoticeDeliveryService,
        ),
      },
      {
        processor: 'PortalSyncProcessor',
        queue: QueueName.PortalSync,
        host: new PortalSyncProcessor({} as PortalSyncDeliveryService, {} as PortalSyncSweepService),
      },
    ];
    expect(
      handlerProblems(
        processors.map(({ processor, queue, host }) => ({
          processor,
          queue,
          jobs: Object.keys(host.handlers),
        })),
      ),
    ).toEqual([]);
  });
});
