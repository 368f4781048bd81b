import { handlerProblems, QueueName } from '@motcua/queue';
import { IntakeProcessor, type IntakeReconciler, type IntakeService } from '@motcua/dossier';
import { MaintenanceProcessor } from './maintenance.processor';

describe('the worker’s processors', () => {
  it('handle every job name, each on its own queue', () => {
    const processors = [
      {
        processor: 'IntakeProcessor',
        queue: QueueName.Intake,
        host: new IntakeProcessor({} as IntakeService),
      },
      {
        processor: 'MaintenanceProcessor',
        queue: QueueName.Maintenance,
        host: new MaintenanceProcessor({} as IntakeReconciler),
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
