import { validateEnvironment } from './environment.config';
import { DEFAULT_EMAIL_FROM, DEVELOPMENT_JWT_SECRET, mapEnvironment } from './map-environment.rules';

const good = {
  NODE_ENV: 'test',
  DATABASE_URL: 'postgres://u@127.0.0.1:5432/motcua',
  REDIS_URL: 'redis://127.0.0.1:6379',
};
const strongSecret = 'r7Kq2vXw9LmZ4tBn8YpC3hJd6FgS1aEu';
const envData = (given: Record<string, string>) => mapEnvironment(validateEnvironment({ ...good, ...given }));

describe('mapEnvironment: redis', () => {
  it('maps REDIS_URL to what it names, once', () => {
    expect(envData({}).redis).toEqual({
      url: 'redis://127.0.0.1:6379',
      target: { kind: 'server', node: { host: '127.0.0.1', port: 6379 }, db: 0, tls: false },
    });
    expect(envData({ REDIS_URL: 'redis+cluster://127.0.0.1:57001,127.0.0.1:57002' }).redis?.target).toEqual({
      kind: 'cluster',
      nodes: [
        { host: '127.0.0.1', port: 57001 },
        { host: '127.0.0.1', port: 57002 },
      ],
      tls: false,
    });
  });
});

describe('mapEnvironment: auth', () => {
  it('defaults to the development JWT secret and sample password only in development, test and demo', () => {
    expect(envData({ NODE_ENV: 'development' }).auth).toEqual({
      jwtSecret: DEVELOPMENT_JWT_SECRET,
      demoPassword: 'motcua',
    });
    expect(
      envData({ NODE_ENV: 'demo', JWT_SECRET: 's3cret-of-the-demo', DEMO_PASSWORD: 'demo2026' }).auth,
    ).toEqual({ jwtSecret: 's3cret-of-the-demo', demoPassword: 'demo2026' });
  });

  it('takes the strong secret in production, and no sample password', () => {
    const env = envData({
      NODE_ENV: 'production',
      JWT_SECRET: strongSecret,
      PUBLIC_BASE_URL: 'https://x.vn',
    });
    expect(env.auth).toEqual({ jwtSecret: strongSecret, demoPassword: null });
  });
});

describe('mapEnvironment: queue backend', () => {
  it('puts the queues on Redis by default, and on PostgreSQL without any Redis when QUEUE_BACKEND=postgres', () => {
    expect(envData({})).toMatchObject({ queue: { backend: 'redis' }, redis: { url: good.REDIS_URL } });
    const { REDIS_URL: _unused, ...withoutRedis } = good;
    const env = mapEnvironment(validateEnvironment({ ...withoutRedis, QUEUE_BACKEND: 'postgres' }));
    expect(env).toMatchObject({ queue: { backend: 'postgres' }, redis: null });
    // A REDIS_URL left in the environment is not used: nothing connects to it.
    expect(envData({ QUEUE_BACKEND: 'postgres' }).redis).toBeNull();
  });
});

describe('mapEnvironment: notifications', () => {
  it('leaves e-mail and webhook off unless configured', () => {
    expect(envData({}).notification).toEqual({ email: null, webhook: null, warnings: [] });
  });

  it('turns e-mail on with SMTP_URL and NOTIFY_EMAIL_TO, and warns when the address is missing', () => {
    expect(
      envData({ SMTP_URL: 'smtp://u:p@127.0.0.1:2525', NOTIFY_EMAIL_TO: 'motcua@example.vn' }).notification
        .email,
    ).toEqual({ smtpUrl: 'smtp://u:p@127.0.0.1:2525', to: 'motcua@example.vn', from: DEFAULT_EMAIL_FROM });
    const half = envData({ SMTP_URL: 'smtps://mail.example.vn' }).notification;
    expect(half.email).toBeNull();
    expect(half.warnings).toEqual([
      'SMTP_URL is set but NOTIFY_EMAIL_TO is not: e-mail notifications stay off',
    ]);
  });

  it('turns the webhook on with its URL and secret', () => {
    const secret = 'webhook-secret-of-16';
    expect(
      envData({ NOTIFY_WEBHOOK_URL: 'http://127.0.0.1:9/x', NOTIFY_WEBHOOK_SECRET: secret }).notification
        .webhook,
    ).toEqual({ url: 'http://127.0.0.1:9/x', secret });
  });

  it("maps the citizen's SMS and e-mail, each off unless configured", () => {
    expect(envData({}).citizenNotice).toEqual({
      sms: null,
      email: null,
      publicBaseUrl: 'http://127.0.0.1:3000',
    });
    const on = envData({
      SMS_GATEWAY_URL: 'http://127.0.0.1:4700/sms',
      SMS_GATEWAY_TOKEN: 'sms-token-of-sixteen',
      CITIZEN_EMAIL: 'true',
      SMTP_URL: 'smtp://127.0.0.1:2525',
    }).citizenNotice;
    expect(on.sms).toEqual({
      url: 'http://127.0.0.1:4700/sms',
      token: 'sms-token-of-sixteen',
      sender: 'MOTCUA',
      unicode: false,
    });
    expect(on.email).toEqual({ smtpUrl: 'smtp://127.0.0.1:2525', from: DEFAULT_EMAIL_FROM });
  });
});

describe('mapEnvironment: portal and jobs', () => {
  it('leaves the portal sync off without a URL, with the default attempts, backoff and sweep', () => {
    expect(envData({}).portal.sync).toEqual({
      url: null,
      secret: '',
      maxAttempts: 8,
      backoffMs: 5000,
      sweepMs: 60_000,
    });
    expect(
      envData({
        PORTAL_SYNC_URL: 'https://portal.local/sync',
        PORTAL_SYNC_SECRET: 'portal-sync-secret-16',
        PORTAL_SYNC_BACKOFF_MS: '50',
      }).portal.sync,
    ).toMatchObject({ url: 'https://portal.local/sync', secret: 'portal-sync-secret-16', backoffMs: 50 });
  });

  it('defaults the periodic jobs: reconcile 30 s, sweep a minute, 8 intake jobs at once, partitions hourly, stall 30 s', () => {
    expect(envData({}).jobs).toEqual({
      intakeReconcileMs: 30_000,
      deadlineSweepMs: 60_000,
      intakeConcurrency: 8,
      partitionMaintenanceMs: 3_600_000,
      workerStallMs: 30_000,
    });
    expect(
      envData({
        INTAKE_RECONCILE_MS: '500',
        DEADLINE_SWEEP_MS: '',
        INTAKE_CONCURRENCY: '3',
        PARTITION_MAINTENANCE_MS: '60000',
        WORKER_STALL_MS: '5000',
      }).jobs,
    ).toEqual({
      intakeReconcileMs: 500,
      deadlineSweepMs: 60_000,
      intakeConcurrency: 3,
      partitionMaintenanceMs: 60_000,
      workerStallMs: 5_000,
    });
  });

  it('keeps files locally unless FILE_STORE says s3', () => {
    expect(envData({ FILES_DIR: 'var/x' }).storage).toEqual({ store: 'local', filesDir: 'var/x', s3: null });
  });
});

describe('mapEnvironment: the read replica', () => {
  it('is off without DATABASE_REPLICA_URL, and carries the lag limit in milliseconds with it', () => {
    expect(envData({}).database.replica).toBeNull();
    expect(
      envData({ DATABASE_REPLICA_URL: 'postgres://u@10.0.0.2:5432/motcua', REPLICA_MAX_LAG_S: '15' }).database
        .replica,
    ).toEqual({ url: 'postgres://u@10.0.0.2:5432/motcua', maxLagMs: 15_000 });
  });
});
