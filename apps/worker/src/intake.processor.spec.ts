import type { ConfigService } from '@nestjs/config';
import type { Worker } from 'bullmq';
import type { IntakeService } from '@motcua/dossier';
import { IntakeProcessor } from './intake.processor';

/** The processor with the BullMQ worker Nest would have given it, and INTAKE_CONCURRENCY as configured. */
function bootstrapped(configured: number | undefined): Worker {
  const config = { get: (key: string) => (key === 'INTAKE_CONCURRENCY' ? configured : undefined) };
  const processor = new IntakeProcessor({} as IntakeService, config as unknown as ConfigService);
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
