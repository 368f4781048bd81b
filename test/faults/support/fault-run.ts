import { createPortalSim, type PortalSim } from '../../../apps/portal-sim/src/portal-sim.service';
import { Balancer } from './balancer';
import { ageRunningDossiers } from './database';
import { type Expectation, fromOutcomes } from './expectation';
import { type LoadContext, plan, prepareLoad, runPlans } from './load';
import {
  faultsQueueBackend,
  type PrivatePostgres,
  type RedisServer,
  startPrivatePostgres,
  startPrivateRedis,
} from './private-servers';
import { type Service, startService } from './processes';
import { receiveOnly } from './receive';
import { freePort, sleep } from './wait';
import { startWebhookReceiver, WEBHOOK_SECRET, type WebhookReceiver } from './webhook.receiver';

const SYNC_SECRET = 'faults-portal-sync-secret-0123';

/** The processes of a run and the Redis under them. */
export interface Topology {
  apis?: number;
  workers?: number;
  /**
   * Starts the run's Redis: one private `redis-server` unless a scenario brings another kind; none (null) with
   * FAULTS_QUEUE_BACKEND=postgres, where the processes run QUEUE_BACKEND=postgres.
   */
  redis?: (() => Promise<RedisServer>) | null;
  /** Settings of the api and worker processes beyond the common ones (e.g. WORKER_STALL_MS). */
  env?: Record<string, string>;
}

export interface DriveOptions {
  /** Dossiers walked through their procedures as the demo does (every scenario of demo.plan). */
  walked: number;
  /** Dossiers only received, left to the worker's intake. */
  received: number;
  /** The share of the dossiers finished when `fault` runs. */
  faultAt: number;
  /** Runs once, at `faultAt`; `loadOver` is aborted when the load is over (a fault that lasts as long as it). */
  fault: (loadOver: AbortSignal) => Promise<void>;
}

export interface DriveResult {
  expected: Expectation[];
  /** Dossiers the driver could not move as planned (it waits out faults; none should fail). */
  failed: string[];
  /** Answers of 5xx or none the driver met, by status and code. */
  failures: Map<string, number>;
  /** Ids of the dossiers aged at the fault. */
  aged: string[];
  /** Seconds from the first request of the load to the last answer. */
  seconds: number;
}

/**
 * One fault scenario's world: private PostgreSQL and Redis, a portal simulator and a notification webhook in
 * this process, the apis and the workers as child processes, all torn down by `stop`. The driver reaches the
 * apis through `balancer`.
 */
export class FaultRun {
  readonly apis: Service[] = [];
  readonly workers: Service[] = [];
  balancer!: Balancer;
  load!: LoadContext;
  private constructor(
    readonly postgres: PrivatePostgres,
    readonly redis: RedisServer | null,
    readonly portal: PortalSim,
    readonly webhook: WebhookReceiver,
    readonly env: Record<string, string>,
  ) {}

  get databaseUrl(): string {
    return this.env.DATABASE_URL;
  }

  /** The first api: the one of a run that has one. */
  get api(): Service {
    return this.apis[0];
  }

  static async start(
    name: string,
    {
      apis = 1,
      workers = 1,
      redis = faultsQueueBackend() === 'redis' ? startPrivateRedis : null,
      env: settings = {},
    }: Topology = {},
  ): Promise<FaultRun> {
    const postgres = await startPrivatePostgres();
    const redisServer = redis
      ? await redis().catch(async (error: unknown) => {
          await postgres.stop();
          throw error;
        })
      : null;
    const portal = await createPortalSim({ syncSecret: SYNC_SECRET, port: await freePort(28200) });
    const webhook = await startWebhookReceiver(await freePort(28300));
    const env = {
      NODE_ENV: 'test',
      DATABASE_URL: postgres.databaseUrl(`faults_${name}`),
      QUEUE_BACKEND: redisServer ? 'redis' : 'postgres',
      ...(redisServer ? { REDIS_URL: redisServer.url } : {}),
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
      ...settings,
    };
    const run = new FaultRun(postgres, redisServer, portal, webhook, env);
    try {
      // The first process migrates; the others start on the migrated database, the apis beside the workers.
      await run.startWorker();
      const startApis = async () => {
        for (let i = 0; i < apis; i++) {
          run.apis.push(await startService('api', `api ${i + 1}`, env));
        }
      };
      const startWorkers = async () => {
        for (let i = 1; i < workers; i++) await run.startWorker();
      };
      await Promise.all([startApis(), startWorkers()]);
      run.balancer = new Balancer(run.apis.map((api) => api.url));
      run.load = await prepareLoad(run.balancer);
      return run;
    } catch (error) {
      await run.stop();
      throw error;
    }
  }

  async startWorker(): Promise<Service> {
    const worker = await startService('worker', `worker ${this.workers.length + 1}`, this.env);
    this.workers.push(worker);
    return worker;
  }

  /**
   * Kills `service` with SIGKILL and starts it again on its port after `downMs`; an api is out of the balancer's
   * rotation until it answers again. Returns what it died of.
   */
  async crash(service: Service, downMs: number): Promise<NodeJS.Signals | null> {
    const pool = service.entry === 'api' ? this.apis : this.workers;
    if (service.entry === 'api') this.balancer.take(service.url);
    await service.kill('SIGKILL');
    const { signal } = await service.exited;
    await sleep(downMs);
    const again = await startService(service.entry, service.name, this.env, service.port);
    pool[pool.indexOf(service)] = again;
    if (service.entry === 'api') this.balancer.restore(again.url);
    return signal;
  }

  /** Runs the load; `fault` runs once when `faultAt` of it is done, right after some running dossiers are aged. */
  async drive(options: DriveOptions): Promise<DriveResult> {
    const total = options.walked + options.received;
    const loadOver = new AbortController();
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
          return options.fault(loadOver.signal);
        })
        // Held until the load is over, then thrown: the load goes on meanwhile.
        .catch((error: unknown) => void (faultError = error));
    };
    const [outcomes, received] = await Promise.all([
      runPlans(this.load, plan(this.load, 'faults-walked', options.walked), 12, progress),
      receiveOnly(this.load, plan(this.load, 'faults-received', options.received), 6, progress),
    ]);
    const seconds = (Date.now() - began) / 1000;
    loadOver.abort();
    await faulted;
    if (faultError) throw faultError;
    const walked = fromOutcomes(outcomes);
    return {
      expected: [...walked.expected, ...received],
      failed: walked.failed,
      failures: this.load.api.failures,
      aged,
      seconds,
    };
  }

  async stop(): Promise<void> {
    await Promise.all([...this.apis, ...this.workers].map((s) => s.kill('SIGTERM')));
    await Promise.all([this.portal.close(), this.webhook.close()]);
    await Promise.all([this.redis?.stop(), this.postgres.stop()]);
  }
}
