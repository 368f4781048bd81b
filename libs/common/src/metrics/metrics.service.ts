import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { countOpenDossiers, OPEN_DOSSIER_BUCKETS } from './open-dossiers.sql';

export const PROMETHEUS_CONTENT_TYPE = Registry.PROMETHEUS_CONTENT_TYPE;

/**
 * The process's Prometheus registry (its own, not prom-client's global one, so that two applications in one
 * process, as in the tests, keep apart) with the metrics every process exposes. Other libraries report through
 * it: `transition(action)` after a committed state change, `observeSweep(seconds)` after a sweep.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  private readonly transitions: Counter<'action'>;
  private readonly sweeps: Histogram;
  private readonly jobFailures: Counter<'queue' | 'name'>;
  private readonly loginFailures: Counter<'reason'>;

  constructor(dataSource: DataSource) {
    collectDefaultMetrics({ register: this.registry });
    const registers = [this.registry];
    new Gauge({
      name: 'motcua_open_dossiers',
      help: 'Running dossiers (in progress or result ready, not paused) by flag; `none`: no flag raised',
      labelNames: ['flag'],
      registers,
      async collect() {
        const counts = await countOpenDossiers(dataSource);
        for (const flag of OPEN_DOSSIER_BUCKETS) this.set({ flag }, counts[flag]);
      },
    });
    this.transitions = new Counter({
      name: 'motcua_transitions_total',
      help: 'Committed dossier state changes, by action (receive, intake, forward, extend, ...)',
      labelNames: ['action'],
      registers,
    });
    this.sweeps = new Histogram({
      name: 'motcua_sweep_duration_seconds',
      help: 'Duration of a deadline sweep',
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers,
    });
    this.jobFailures = new Counter({
      name: 'motcua_job_failures_total',
      help: 'Failed job attempts (retried or not), by queue and job name',
      labelNames: ['queue', 'name'],
      registers,
    });
    this.loginFailures = new Counter({
      name: 'motcua_login_failures_total',
      help: 'Refused logins, by reason: credentials (wrong username or password), throttled (answered 429)',
      labelNames: ['reason'],
      registers,
    });
  }

  /** One committed state change of a dossier; call it after the transaction commits. */
  transition(action: string): void {
    this.transitions.inc({ action });
  }

  observeSweep(seconds: number): void {
    this.sweeps.observe(seconds);
  }

  jobFailed(queue: string, name: string): void {
    this.jobFailures.inc({ queue, name });
  }

  loginFailed(reason: 'credentials' | 'throttled'): void {
    this.loginFailures.inc({ reason });
  }

  /** The exposition text of every metric, collected now. */
  metrics(): Promise<string> {
    return this.registry.metrics();
  }
}
