import type { LogFormatSetting } from '../logging/log-format.rules';
import type { LogLevel } from '@nestjs/common';
import type { NodeEnv, QueueBackend } from './environment.config';
import type { RedisTarget } from '../redis/redis-url.rules';

export interface StorageEnv {
  store: 'local' | 's3';
  filesDir: string;
  /** Set when FILE_STORE=s3 (the validation has required bucket and keys). */
  s3: {
    endpoint: string | undefined;
    region: string;
    bucket: string;
    accessKeyId: string;
    secretAccessKey: string;
    forcePathStyle: boolean;
  } | null;
}

/** The outside channels of staff notifications; each is off (null) unless configured. */
export interface NotificationEnv {
  email: { smtpUrl: string; to: string; from: string } | null;
  webhook: { url: string; secret: string } | null;
  /** Set when a channel was only half configured, to be logged at start-up. */
  warnings: string[];
}

/** The citizen's channels; each is off (null) unless configured. */
export interface CitizenNoticeEnv {
  sms: { url: string; token: string; sender: string; unicode: boolean } | null;
  email: { smtpUrl: string; from: string } | null;
  /** Where the messages' links point: PUBLIC_BASE_URL. */
  publicBaseUrl: string;
}

export interface PortalSyncEnv {
  /** PORTAL_SYNC_URL; null: sync is off and messages stay pending until it is set. */
  url: string | null;
  /** PORTAL_SYNC_SECRET, the HMAC key; required with the URL ('' without it). */
  secret: string;
  maxAttempts: number;
  backoffMs: number;
  /** PORTAL_SYNC_SWEEP_MS: period of the sweep that re-adds the sync of dossiers Redis lost. */
  sweepMs: number;
}

/**
 * The validated environment, mapped once into groups (mapEnvironment). The one injection token of the
 * configuration: inject `EnvData`, never ConfigService or process.env.
 */
export abstract class EnvData {
  abstract readonly nodeEnv: NodeEnv;
  abstract readonly timeZone: string;
  abstract readonly logLevel: LogLevel;
  /** LOG_FORMAT, resolved against the terminal by the logging module (resolveLogFormat). */
  abstract readonly logFormat: LogFormatSetting;
  abstract readonly database: {
    url: string;
    migrateOnStart: boolean;
    /** DATABASE_REPLICA_URL and REPLICA_MAX_LAG_S; null: the reports read the primary. */
    replica: { url: string; maxLagMs: number } | null;
  };
  /** QUEUE_BACKEND: where BullMQ keeps the queues, and where the rate limits and the login throttle count. */
  abstract readonly queue: { backend: QueueBackend };
  /**
   * REDIS_URL, and what it names (parseRedisUrl): one server, a Sentinel set or a Cluster; null with the postgres
   * queue backend, where nothing connects to Redis.
   */
  abstract readonly redis: { url: string; target: RedisTarget } | null;
  abstract readonly http: {
    apiPort: number;
    workerPort: number;
    publicBaseUrl: string;
    trustProxy: string;
    docs: boolean;
    metricsToken: string | undefined;
  };
  abstract readonly auth: { jwtSecret: string; demoPassword: string | null };
  abstract readonly workflows: { dir: string; lang: 'vi' | 'en' };
  abstract readonly storage: StorageEnv;
  abstract readonly upload: { maxFileBytes: number; maxDossierBytes: number; maxFiles: number };
  abstract readonly signing: { p12Path: string | null; p12Password: string };
  abstract readonly notification: NotificationEnv;
  abstract readonly citizenNotice: CitizenNoticeEnv;
  abstract readonly portal: {
    clients: string | undefined;
    sync: PortalSyncEnv;
    public: { rateLimit: number; wrongKeysPerCode: number; wrongKeysPerAddress: number };
  };
  abstract readonly jobs: {
    intakeReconcileMs: number;
    intakeConcurrency: number;
    deadlineSweepMs: number;
    partitionMaintenanceMs: number;
    /** WORKER_STALL_MS: ready jobs untaken this long mean a stuck worker, replaced. */
    workerStallMs: number;
  };
}
