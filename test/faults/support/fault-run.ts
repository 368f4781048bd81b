import { createPortalSim, type PortalSim } from '../../../apps/portal-sim/src/portal-sim.service';
import { ageRunningDossiers } from './database';
import { type Expectation, fromOutcomes } from './expectation';
import { type LoadContext, plan, prepareLoad, runPlans } from './load';
import { startPrivateServers, type PrivateServers } from './private-servers';
import { type Service, startService } from './processes';
import { receiveOnly } from './receive';
import { startWebhookReceiver, WEBHOOK_SECRET, type WebhookReceiver } from './webhook.receiver';

const SYNC_SECRET = 'faults-portal-sync-secret-0123';

export interface DriveOptions {
  /** Dossiers walked through their procedures as the demo does (every scenario of demo.plan). */
  walked: number;
  /** Dossiers only received, left to the worker's intake. */
  received: number;
  /** The share of the dossiers finished when `fault` runs. */
  faultAt: number;
  fault: () => Promise<void>;
}

export interface FaultRunOptions {
  /** REDIS_URL of the processes instead of the private Redis server (a cluster the scenario started). */
  redisUrl?: string;
  /**
   * Every port from here: PostgreSQL, then Redis, the portal simulator (+ 2), the webhook receiver (+ 3), the api
   * (from + 10) and the workers (from + 20). Unset: the spare ports of the other scenarios.
   */
  portBase?: number;
  /** Settings of the api and worker processes beyond the common ones (e.g. WORKER_STALL_MS). */
  env?: Record<string, string>;
}

export interface DriveResult {
  expected: Expectation[];
  /** Dossiers the driver could not move as planned (it waits out faults; none should fail). */
  failed: string[];
  /** Answers of 5xx or none the driver met, by status and code. */
  failures: Map<string, number>;
  /** Ids of the dossiers aged at the fault. */
  aged: string[];
}

/**
 * One fault scenario's world: private PostgreSQL and Redis, a portal simulator and a notification webhook in
 * this process, the api and `workers` worker processes as children, all torn down by `stop`.
 */
export class FaultRun {
  readonly workers: Service[] = [];
  api!: Service;
  load!: LoadContext;
  private constructor(
    readonly servers: PrivateServers,
    readonly portal: PortalSim,
    readonly webhook: WebhookReceiver,
    readonly env: Record<string, string>,
    private readonly portBase?: number,
  ) {}

  get databaseUrl(): string {
    return this.env.DATABASE_URL;
  }

  static async start(name: string, workers: number, options: FaultRunOptions = {}): Promise<FaultRun> {
    const base = options.portBase;
    const servers = await startPrivateServers(base);
    const portal = await createPortalSim({ syncSecret: SYNC_SECRET, ...(base ? { port: base + 2 } : {}) });
    const webhook = await startWebhookReceiver(base ? base + 3 : 0);
    const env = {
      NODE_ENV: 'test',
      DATABASE_URL: servers.databaseUrl(`faults_${name}`),
      REDIS_URL: options.redisUrl ?? servers.redisUrl,
      JWT_SECRET: 'faults-jwt-secret-0123456789',
      DEMO_PASSWORD: 'motcua',
      INTAKE_RECONCILE_MS: '5000',
      DEADLINE_SWEEP_MS: '5000',
      PORTAL_SYNC_SWEEP_MS: '5000',
      PORTAL_SYNC_BACKOFF_MS: '200',
      PORTAL_SYNC_URL: `${portal.url}/sync`,
      PORTAL_SYNC_SECRET: SYNC_SECRET,
      NOTIFY_WEBHOOK_URL: webhook.url,
      NOTIFY_WEBHOOK_SECRET: WEBHOOK_SECRET,
      ...options.env,
    };
    const run = new FaultRun(servers, portal, webhook, env, base);
    try {
      // The first process migrates; the others start on the migrated database.
      await run.startWorker();
      const api = startService('api', 'api', env, base && base + 10).then((started) => (run.api = started));
      for (let i = 1; i < workers; i++) await run.startWorker();
      await api;
      run.load = await prepareLoad(run.api.url);
      return run;
    } catch (error) {
      await run.stop();
      throw error;
    }
  }

  async startWorker(): Promise<Service> {
    const worker = await startService(
      'worker',
      `worker ${this.workers.length + 1}`,
      this.env,
      this.portBase && this.portBase + 20,
    );
    this.workers.push(worker);
    return worker;
  }

  /** Runs the load; `fault` runs once when `faultAt` of it is done, right after some running dossiers are aged. */
  async drive(options: DriveOptions): Promise<DriveResult> {
    const total = options.walked + options.received;
    let faulted: Promise<void> | undefined;
    let aged: string[] = [];
    let faultError: unknown;
    let done = 0;
    const began = Date.now();
    const progress = () => {
      if (++done % 500 === 0 || done === total) {
        process.stdout.write(`  ${done}/${total} dossiers in ${Math.round((Date.now() - began) / 1000)} s\n`);
      }
      if (done < total * options.faultAt || faulted) return;
      faulted = ageRunningDossiers(this.databaseUrl, 100)
        .then((ids) => {
          aged = ids;
          return options.fault();
        })
        // Held until the load is over, then thrown: the load goes on meanwhile.
        .catch((error: unknown) => void (faultError = error));
    };
    const [outcomes, received] = await Promise.all([
      runPlans(this.load, plan(this.load, 'faults-walked', options.walked), 12, progress),
      receiveOnly(this.load, plan(this.load, 'faults-received', options.received), 6, progress),
    ]);
    await faulted;
    if (faultError) throw faultError;
    const walked = fromOutcomes(outcomes);
    return {
      expected: [...walked.expected, ...received],
      failed: walked.failed,
      failures: this.load.api.failures,
      aged,
    };
  }

  async stop(): Promise<void> {
    await Promise.all([this.api?.kill('SIGTERM'), ...this.workers.map((w) => w.kill('SIGTERM'))]);
    await Promise.all([this.portal.close(), this.webhook.close()]);
    await this.servers.stop();
  }
}
