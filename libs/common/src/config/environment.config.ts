import type { LogLevel } from '@nestjs/common';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
  validateSync,
} from 'class-validator';
import type { LogFormatSetting } from '../logging/log-format.rules';
import { IsPublicBaseUrl, IsRedisUrl, IsTimeZone, IsTrustProxy, IsUrlWithScheme } from './environment.decorator';
import { pairedErrors } from './environment.rules';
import { secretErrors } from './secrets.rules';

export const NODE_ENVS = ['development', 'test', 'demo', 'production'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];
export const QUEUE_BACKENDS = ['redis', 'postgres'] as const;
export type QueueBackend = (typeof QUEUE_BACKENDS)[number];
/** Intake jobs a worker runs at once unless INTAKE_CONCURRENCY says otherwise. */
export const DEFAULT_INTAKE_CONCURRENCY = 8;
const LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

const toBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value;

export class Environment {
  /** Required: the sample secrets and password are accepted only where it says development, test or demo. */
  @IsIn(NODE_ENVS, {
    message: `must be one of ${NODE_ENVS.join(', ')} (development, test and demo accept the published sample secrets)`,
  })
  NODE_ENV!: NodeEnv;

  @IsUrlWithScheme(['postgres', 'postgresql'])
  DATABASE_URL!: string;

  /** A streaming replica of DATABASE_URL that the reports and the tracking book read; unset, they read DATABASE_URL. */
  @IsOptional()
  @IsUrlWithScheme(['postgres', 'postgresql'])
  DATABASE_REPLICA_URL?: string;

  /** How far (seconds) the replica may lag before the reports read DATABASE_URL instead. */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(1)
  @Max(86_400)
  REPLICA_MAX_LAG_S = 60;

  /** Where the queues live: redis (default, BullMQ on REDIS_URL) or postgres (BullMQ's PostgreSQL backend, no Redis). */
  @IsIn(QUEUE_BACKENDS, { message: 'must be redis or postgres' })
  QUEUE_BACKEND: QueueBackend = 'redis';

  /** Required with the redis backend; ignored with postgres, where nothing connects to Redis. */
  @ValidateIf((env: Environment) => env.QUEUE_BACKEND !== 'postgres')
  @IsRedisUrl()
  REDIS_URL?: string;

  @IsTimeZone()
  TZ = 'Asia/Ho_Chi_Minh';

  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(1)
  @Max(65535)
  API_PORT = 3000;

  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(1)
  @Max(65535)
  WORKER_PORT = 3001;

  @IsString()
  WORKFLOWS_DIR = 'workflows';

  /** The language of the messages about invalid workflow files at start-up: vi (default) or en. */
  @IsIn(['vi', 'en'])
  WORKFLOWS_LANG: 'vi' | 'en' = 'vi';

  /** Run pending migrations when a process starts (development, test and demo default to yes). */
  @Transform(toBoolean)
  @IsBoolean()
  DB_MIGRATE_ON_START!: boolean;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'log';

  /** json: a JSON object a line; pretty: readable lines; auto (default): pretty in a terminal outside production. */
  @IsIn(['auto', 'json', 'pretty'])
  LOG_FORMAT: LogFormatSetting = 'auto';

  /** Signs login tokens; required outside development, test and demo: 32 characters at least, not a sample value. */
  @IsOptional()
  @IsString()
  @MinLength(16)
  JWT_SECRET?: string;

  /** The password sample users get when first created from org.yaml; refused in production. */
  @IsOptional()
  @IsString()
  @MinLength(4)
  DEMO_PASSWORD?: string;

  /** How often the worker checks for accepted dossiers whose intake job was lost. */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(100)
  INTAKE_RECONCILE_MS = 30_000;

  /**
   * How many accepted dossiers the worker starts at once. Each start is written at the version it read, so two
   * runs for one dossier cannot both apply; the queue's job ids keep one job per dossier.
   */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(1)
  @Max(64)
  INTAKE_CONCURRENCY = DEFAULT_INTAKE_CONCURRENCY;

  /** How often the worker sweeps running dossiers for flags whose instant has passed. */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(100)
  DEADLINE_SWEEP_MS = 60_000;

  /**
   * How long a queue may have jobs ready while its worker takes none before the worker process replaces that
   * worker (a blocking connection left on a dead Redis Cluster master; docs/queues.md, "Worker watchdog").
   */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(1_000)
  WORKER_STALL_MS = 30_000;

  /** How often the worker makes sure the monthly partitions of the coming months exist (docs/deployment.md). */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(100)
  PARTITION_MAINTENANCE_MS = 3_600_000;

  /** The directory of the local file store (scans, working documents, results). */
  @IsString()
  FILES_DIR = 'var/files';

  /** Where the dossier's files are kept: `local` (FILES_DIR, the default) or `s3` (an S3-compatible store). */
  @IsIn(['local', 's3'])
  FILE_STORE: 'local' | 's3' = 'local';

  /** The S3-compatible endpoint (MinIO, Ceph, a cloud's); unset, the AWS endpoint of S3_REGION. */
  @IsOptional()
  @IsUrlWithScheme(['http', 'https'])
  S3_ENDPOINT?: string;

  @IsString()
  S3_REGION = 'us-east-1';

  /** Required when FILE_STORE=s3: the bucket, which must exist. */
  @ValidateIf((env: Environment) => env.FILE_STORE === 's3')
  @IsString()
  @MinLength(3)
  S3_BUCKET?: string;

  /** Required when FILE_STORE=s3 (a secret: checked as the other secrets outside development, test and demo). */
  @ValidateIf((env: Environment) => env.FILE_STORE === 's3')
  @IsString()
  S3_ACCESS_KEY?: string;

  @ValidateIf((env: Environment) => env.FILE_STORE === 's3')
  @IsString()
  S3_SECRET_KEY?: string;

  /** Path-style URLs (`endpoint/bucket/key`), which MinIO and most self-hosted stores need. */
  @Transform(toBoolean)
  @IsBoolean()
  S3_FORCE_PATH_STYLE = true;

  /** The largest file one may attach to a dossier (bytes; default 10 MiB). */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(1024)
  UPLOAD_MAX_FILE_BYTES = 10 * 1024 * 1024;

  /** The most all of one dossier's files may take together (bytes; default 100 MiB). */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(1024)
  UPLOAD_MAX_DOSSIER_BYTES = 100 * 1024 * 1024;

  /** Files one upload may carry. */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(1)
  @Max(100)
  UPLOAD_MAX_FILES = 20;

  /**
   * The agency's PKCS#12 file (key and certificate) that signs electronic results (PAdES); unset, no result is
   * signed or recorded electronically. npm start makes a self-signed one for the demo (docs/results.md).
   */
  @IsOptional()
  @IsString()
  SIGNING_P12_PATH?: string;

  /** The PKCS#12 file's password; outside development, test and demo not a published sample value. */
  @IsOptional()
  @IsString()
  SIGNING_P12_PASSWORD?: string;

  /** smtp:// or smtps:// URL of the mail relay; unset, no email is sent. */
  @IsOptional()
  @IsUrlWithScheme(['smtp', 'smtps'])
  SMTP_URL?: string;

  /** Where notification emails go (the sample organization has no personal addresses). */
  @IsOptional()
  @IsString()
  NOTIFY_EMAIL_TO?: string;

  @IsOptional()
  @IsString()
  NOTIFY_EMAIL_FROM?: string;

  /** Send the citizen's notices (accepted, supplement, extension, result, refusal) by e-mail too, over SMTP_URL. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  CITIZEN_EMAIL?: boolean;

  /** The SMS gateway the citizen's notices are POSTed to (docs/citizen.md); unset, no SMS is sent. */
  @IsOptional()
  @IsUrlWithScheme(['http', 'https'])
  SMS_GATEWAY_URL?: string;

  /** Bearer token of the SMS gateway; required with SMS_GATEWAY_URL. */
  @IsOptional()
  @IsString()
  @MinLength(16)
  SMS_GATEWAY_TOKEN?: string;

  /** The sender name (brandname) the messages carry: at most 11 letters, digits, spaces, dots or hyphens. */
  @Matches(/^[A-Za-z0-9 .-]{1,11}$/, { message: 'must be 1 to 11 letters, digits, spaces, dots or hyphens' })
  SMS_SENDER = 'MOTCUA';

  /** Send SMS text with Vietnamese diacritics (the gateway takes Unicode); default: without, as brandname SMS is. */
  @Transform(toBoolean)
  @IsBoolean()
  SMS_UNICODE = false;

  /** Portal clients allowed to submit online dossiers: `name:apiKey:secret[,...]`. */
  @IsOptional()
  @IsString()
  PORTAL_CLIENTS?: string;

  /** Where status changes are sent for the public service portal; unset, messages wait in PostgreSQL. */
  @IsOptional()
  @IsUrlWithScheme(['http', 'https'])
  PORTAL_SYNC_URL?: string;

  @IsOptional()
  @IsString()
  @MinLength(16)
  PORTAL_SYNC_SECRET?: string;

  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(1)
  PORTAL_SYNC_MAX_ATTEMPTS = 8;

  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(10)
  PORTAL_SYNC_BACKOFF_MS = 5_000;

  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(100)
  PORTAL_SYNC_SWEEP_MS = 60_000;

  /** Requests a minute each client address may make to the public lookup and rating endpoints. */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(1)
  PUBLIC_RATE_LIMIT = 30;

  /** Wrong keys an hour for one dossier code, from anywhere; past it the code answers 429 until the hour ends. */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(1)
  PUBLIC_WRONG_KEYS_PER_CODE = 10;

  /** Wrong keys an hour from one client address (an IPv6 client counts by its /64), whatever the codes. */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(1)
  PUBLIC_WRONG_KEYS_PER_ADDRESS = 30;

  /** Express's `trust proxy`: false, a number of hops, or proxy addresses/subnets (see parseTrustProxy). */
  @IsTrustProxy()
  TRUST_PROXY = 'false';

  /**
   * Where citizens reach this service (the receipt's QR code, the links in SMS and e-mail): an http(s) URL without
   * query or fragment. Required in production; elsewhere http://127.0.0.1:<API_PORT>.
   */
  @IsPublicBaseUrl()
  PUBLIC_BASE_URL!: string;

  /** Serve the OpenAPI document and Swagger UI at /docs (default: yes, except in production). */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  API_DOCS?: boolean;

  /** Bearer token that /metrics requires; in production /metrics is off unless it is set. */
  @IsOptional()
  @IsString()
  @MinLength(16)
  METRICS_TOKEN?: string;

  /** A URL that receives every notification as signed JSON; unset, none is sent. */
  @IsOptional()
  @IsUrlWithScheme(['http', 'https'])
  NOTIFY_WEBHOOK_URL?: string;

  @IsOptional()
  @IsString()
  @MinLength(16)
  NOTIFY_WEBHOOK_SECRET?: string;
}

/** The Nest logger levels up to and including `level`, most severe first. */
export const logLevelsUpTo = (level: LogLevel): LogLevel[] =>
  LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(level) + 1);

// Values that may carry credentials are never echoed back.
const SECRET = /SECRET|PASSWORD|TOKEN|(?<!PUBLIC_BASE)_URL$|_KEY$/;

/** Validates the process environment; throws one error naming every bad or missing variable. */
export function validateEnvironment(given: Record<string, unknown>): Environment {
  // An empty variable is an unset one (docker compose passes `${NAME:-}` as empty).
  const raw = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== ''));
  const env = plainToInstance(Environment, raw, { exposeDefaultValues: true });
  if (env.DB_MIGRATE_ON_START === undefined) env.DB_MIGRATE_ON_START = env.NODE_ENV !== 'production';
  if (env.API_DOCS === undefined) env.API_DOCS = env.NODE_ENV !== 'production';
  if (env.PUBLIC_BASE_URL === undefined && env.NODE_ENV !== 'production')
    env.PUBLIC_BASE_URL = `http://127.0.0.1:${env.API_PORT}`;
  const errors = validateSync(env, { skipMissingProperties: false, whitelist: false });
  const secrets = errors.some((e) => e.property === 'NODE_ENV') ? [] : secretErrors(env);
  const paired = pairedErrors(env);
  if (errors.length > 0 || secrets.length > 0 || paired.length > 0) {
    const lines = errors.map((e) => {
      const value = raw[e.property];
      const shown =
        value === undefined
          ? 'missing'
          : SECRET.test(e.property)
            ? 'value hidden'
            : `got ${JSON.stringify(value)}`;
      return `  ${e.property}: ${Object.values(e.constraints ?? {}).join('; ')} (${shown})`;
    });
    // A secret's problem is named, its value never shown.
    lines.push(...[...paired, ...secrets].map((line) => `  ${line}`));
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  env.PUBLIC_BASE_URL = env.PUBLIC_BASE_URL.replace(/\/+$/, '');
  return env;
}
