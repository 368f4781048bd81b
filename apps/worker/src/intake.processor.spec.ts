import type { Worker } from 'bullmq';
import { mapEnvironment, validateEnvironment } from '@motcua/common';
import type { IntakeService } from '@motcua/dossier';
import { IntakeProcessor } from './intake.processor';

/** The processor with the BullMQ worker Nest would have given it, and INTAKE_CONCURRENCY as configured. */
function bootstrapped(configured: number | undefined): Worker {
  const env = mapEnvironment(
    validateEnvironment({
      NODE_ENV: 'test',
      DATABASE_URL: 'postgres://u@127.0.0.1:5432/motcua',
      REDIS_URL: 'redis://127.0.0.1:6379',
      INTAKE_CONCURRENCY: configured === undefined ? undefined : String(configured),
    }),
  );
  const processor = new IntakeProcessor({} as IntakeService, env);
  const worker = { concurrency: 1 } as Worker;
  (processor as unknown as { _worker: Worker })._worker = worker;
  processor.onApplicationBootstrap();
  return worker;
}

describe('IntakeProcessor', () => {
  it('runs as many start jobs at once as INTAKE_CONCURRENCY says', () => {
    expect(bootstrapped(3).concurrency).toBe(3);
  });

  it('runs 8 at once when the setting is absent', () => {
    expect(bootstrapped(undefined).concurrency).toBe(8);
  });
});
