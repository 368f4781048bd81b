import type { CitizenNoticeEnv, EnvData, NotificationEnv, StorageEnv } from './env-data.config';
import type { Environment } from './environment.config';
import { isSampleEnv } from './secrets.rules';
import { parseRedisUrl } from '../redis/redis-url.rules';

export const DEVELOPMENT_JWT_SECRET = 'motcua-development-secret';
export const DEFAULT_DEMO_PASSWORD = 'motcua';
export const DEFAULT_EMAIL_FROM = 'motcua <no-reply@motcua.invalid>';

function storage(env: Environment): StorageEnv {
  const s3 =
    env.FILE_STORE === 's3'
      ? {
          endpoint: env.S3_ENDPOINT,
          region: env.S3_REGION,
          bucket: env.S3_BUCKET!,
          accessKeyId: env.S3_ACCESS_KEY!,
          secretAccessKey: env.S3_SECRET_KEY!,
          forcePathStyle: env.S3_FORCE_PATH_STYLE,
        }
      : null;
  return { store: env.FILE_STORE, filesDir: env.FILES_DIR, s3 };
}

/** E-mail needs NOTIFY_EMAIL_TO besides SMTP_URL, or there is nobody to send to; the webhook needs its secret. */
function notification(env: Environment): NotificationEnv {
  const to = env.NOTIFY_EMAIL_TO;
  const from = env.NOTIFY_EMAIL_FROM ?? DEFAULT_EMAIL_FROM;
  return {
    email: env.SMTP_URL && to ? { smtpUrl: env.SMTP_URL, to, from } : null,
    webhook:
      env.NOTIFY_WEBHOOK_URL && env.NOTIFY_WEBHOOK_SECRET
        ? { url: env.NOTIFY_WEBHOOK_URL, secret: env.NOTIFY_WEBHOOK_SECRET }
        : null,
    warnings:
      env.SMTP_URL && !to
        ? ['SMTP_URL is set but NOTIFY_EMAIL_TO is not: e-mail notifications stay off']
        : [],
  };
}

function citizenNotice(env: Environment): CitizenNoticeEnv {
  const { SMS_GATEWAY_URL: url, SMS_GATEWAY_TOKEN: token } = env;
  return {
    sms: url && token ? { url, token, sender: env.SMS_SENDER, unicode: env.SMS_UNICODE } : null,
    email:
      env.CITIZEN_EMAIL && env.SMTP_URL
        ? { smtpUrl: env.SMTP_URL, from: env.NOTIFY_EMAIL_FROM ?? DEFAULT_EMAIL_FROM }
        : null,
    publicBaseUrl: env.PUBLIC_BASE_URL,
  };
}

/**
 * The validated environment as the application reads it. The sample JWT secret and users' password only where
 * NODE_ENV says development, test or demo; elsewhere the validation has required a strong JWT_SECRET.
 */
export function mapEnvironment(env: Environment): EnvData {
  const sample = isSampleEnv(env.NODE_ENV);
  return {
    nodeEnv: env.NODE_ENV,
    timeZone: env.TZ,
    logLevel: env.LOG_LEVEL,
    logFormat: env.LOG_FORMAT,
    database: {
      url: env.DATABASE_URL,
      migrateOnStart: env.DB_MIGRATE_ON_START,
      replica: env.DATABASE_REPLICA_URL
        ? { url: env.DATABASE_REPLICA_URL, maxLagMs: env.REPLICA_MAX_LAG_S * 1000 }
        : null,
    },
    queue: { backend: env.QUEUE_BACKEND },
    redis: env.QUEUE_BACKEND === 'redis' ? { url: env.REDIS_URL!, target: parseRedisUrl(env.REDIS_URL!) } : null,
    http: {
      apiPort: env.API_PORT,
      workerPort: env.WORKER_PORT,
      publicBaseUrl: env.PUBLIC_BASE_URL,
      trustProxy: env.TRUST_PROXY,
      docs: env.API_DOCS ?? false,
      metricsToken: env.METRICS_TOKEN,
    },
    auth: {
      jwtSecret: (sample ? env.JWT_SECRET || DEVELOPMENT_JWT_SECRET : env.JWT_SECRET)!,
      demoPassword: sample ? env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD : null,
    },
    workflows: { dir: env.WORKFLOWS_DIR, lang: env.WORKFLOWS_LANG },
    storage: storage(env),
    upload: {
      maxFileBytes: env.UPLOAD_MAX_FILE_BYTES,
      maxDossierBytes: env.UPLOAD_MAX_DOSSIER_BYTES,
      maxFiles: env.UPLOAD_MAX_FILES,
    },
    signing: { p12Path: env.SIGNING_P12_PATH ?? null, p12Password: env.SIGNING_P12_PASSWORD ?? '' },
    notification: notification(env),
    citizenNotice: citizenNotice(env),
    portal: {
      clients: env.PORTAL_CLIENTS,
      sync: {
        url: env.PORTAL_SYNC_URL ?? null,
        secret: env.PORTAL_SYNC_SECRET ?? '',
        maxAttempts: env.PORTAL_SYNC_MAX_ATTEMPTS,
        backoffMs: env.PORTAL_SYNC_BACKOFF_MS,
        sweepMs: env.PORTAL_SYNC_SWEEP_MS,
      },
      public: {
        rateLimit: env.PUBLIC_RATE_LIMIT,
        wrongKeysPerCode: env.PUBLIC_WRONG_KEYS_PER_CODE,
        wrongKeysPerAddress: env.PUBLIC_WRONG_KEYS_PER_ADDRESS,
      },
    },
    jobs: {
      intakeReconcileMs: env.INTAKE_RECONCILE_MS,
      intakeConcurrency: env.INTAKE_CONCURRENCY,
      deadlineSweepMs: env.DEADLINE_SWEEP_MS,
      partitionMaintenanceMs: env.PARTITION_MAINTENANCE_MS,
      workerStallMs: env.WORKER_STALL_MS,
    },
  };
}
