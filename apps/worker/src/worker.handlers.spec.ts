import { handlerProblems, QueueName } from '@motcua/queue';
import type { EnvData, MetricsService } from '@motcua/common';
import {
  type DeadlineService,
  type DeadlineSweep,
  type IntakeReconciler,
  type IntakeService,
  type SupplementWaitSweep,
} from '@motcua/dossier';
import type {
  ApologyService,
  CitizenNoticeDelivery,
  DeliveryService,
  EscalationService,
  NotificationReconciler,
  SupplementWaitNotifier,
} from '@motcua/notification';
import { DeadlineProcessor } from './deadline.processor';
import { IntakeProcessor } from './intake.processor';
import { MaintenanceProcessor } from './maintenance.processor';
import { NotificationProcessor } from './notification.processor';
import { PortalSyncProcessor } from './portal-sync.processor';
import type { PortalSyncDelivery, PortalSyncSweep } from '@motcua/portal';

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
        host: new MaintenanceProcessor({} as IntakeReconciler),
      },
      {
        processor: 'DeadlineProcessor',
        queue: QueueName.Deadlines,
        host: new DeadlineProcessor(
          {} as DeadlineService,
          {} as DeadlineSweep,
          {} as NotificationReconciler,
          {} as SupplementWaitSweep,
          {} as SupplementWaitNotifier,
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
          {} as CitizenNoticeDelivery,
        ),
      },
      {
        processor: 'PortalSyncProcessor',
        queue: QueueName.PortalSync,
        host: new PortalSyncProcessor({} as PortalSyncDelivery, {} as PortalSyncSweep),
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
