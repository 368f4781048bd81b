import type { DataSource } from 'typeorm';
import { MetricsService } from './metrics.service';

const counts = { due_soon: 2, overdue: 1, step_overdue: 3, stalled: 0, none: 7 };

describe('MetricsService', () => {
  const dataSource = { query: jest.fn(async () => [counts]) } as unknown as DataSource;

  it('counts running dossiers by flag from the database on every scrape', async () => {
    const text = await new MetricsService(dataSource).metrics();
    expect(text).toContain('# TYPE motcua_open_dossiers gauge');
    expect(text).toContain('motcua_open_dossiers{flag="overdue"} 1');
    expect(text).toContain('motcua_open_dossiers{flag="none"} 7');
    expect(text).toContain('process_cpu_user_seconds_total');
  });

  it('reports transitions, sweep durations and job failures it is told of', async () => {
    const metrics = new MetricsService(dataSource);
    metrics.transition('forward');
    metrics.transition('forward');
    metrics.observeSweep(0.2);
    metrics.jobFailed('notifications', 'deliver-notification');
    const text = await metrics.metrics();
    expect(text).toContain('motcua_transitions_total{action="forward"} 2');
    expect(text).toContain('motcua_sweep_duration_seconds_bucket{le="0.25"} 1');
    expect(text).toContain('motcua_sweep_duration_seconds_count 1');
    expect(text).toContain('motcua_job_failures_total{queue="notifications",name="deliver-notification"} 1');
  });

  it('keeps each instance’s registry apart, so two applications can live in one process', async () => {
    const a = new MetricsService(dataSource);
    const b = new MetricsService(dataSource);
    a.transition('sign');
    expect(await b.metrics()).not.toContain('motcua_transitions_total{action="sign"}');
  });
});
