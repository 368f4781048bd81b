import { validateEnvironment } from './environment.config';

const good = {
  NODE_ENV: 'development',
  DATABASE_URL: 'postgres://u@127.0.0.1:5432/motcua',
  REDIS_URL: 'redis://127.0.0.1:6379',
};
const strongSecret = 'r7Kq2vXw9LmZ4tBn8YpC3hJd6FgS1aEu';
const site = 'https://motcua.example.gov.vn';

describe('validateEnvironment', () => {
  it('applies defaults: Vietnam time zone, ports, migrations on start outside production', () => {
    const env = validateEnvironment(good);
    expect(env).toMatchObject({
      TZ: 'Asia/Ho_Chi_Minh',
      API_PORT: 3000,
      WORKER_PORT: 3001,
      DB_MIGRATE_ON_START: true,
    });
    expect(
      validateEnvironment({
        ...good,
        NODE_ENV: 'production',
        JWT_SECRET: strongSecret,
        PUBLIC_BASE_URL: site,
      }).DB_MIGRATE_ON_START,
    ).toBe(false);
  });

  it('names every missing variable, NODE_ENV first: nothing defaults to development', () => {
    expect(() => validateEnvironment({})).toThrow(
      /NODE_ENV: must be one of development, test, demo, production .*\(missing\)[\s\S]*DATABASE_URL: .*\(missing\)[\s\S]*REDIS_URL: .*\(missing\)/,
    );
  });

  it('outside development, test and demo, names a missing or weak secret without showing it', () => {
    expect(() => validateEnvironment({ ...good, NODE_ENV: 'production' })).toThrow(
      /JWT_SECRET: is required in production/,
    );
    let message = '';
    try {
      validateEnvironment({ ...good, NODE_ENV: 'production', JWT_SECRET: 'aaaaaaaaaaaaaaaa' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/JWT_SECRET: must be at least 32 characters long/);
    expect(message).not.toMatch(/aaaa/);
  });

  it('takes PUBLIC_BASE_URL as an http(s) address without query or fragment, required only in production', () => {
    expect(validateEnvironment(good).PUBLIC_BASE_URL).toBe('http://127.0.0.1:3000');
    expect(validateEnvironment({ ...good, API_PORT: '3100' }).PUBLIC_BASE_URL).toBe('http://127.0.0.1:3100');
    expect(
      validateEnvironment({ ...good, PUBLIC_BASE_URL: 'https://dichvucong.example.gov.vn/motcua/' })
        .PUBLIC_BASE_URL,
    ).toBe('https://dichvucong.example.gov.vn/motcua');
    for (const bad of [
      'ftp://example.vn',
      'https://example.vn/?a=1',
      'https://example.vn/#top',
      'example.vn',
    ]) {
      expect(() => validateEnvironment({ ...good, PUBLIC_BASE_URL: bad })).toThrow(
        /PUBLIC_BASE_URL: must be an http:\/\/ or https:\/\/ URL without query/,
      );
    }
    expect(() => validateEnvironment({ ...good, NODE_ENV: 'production', JWT_SECRET: strongSecret })).toThrow(
      /PUBLIC_BASE_URL: .*\(missing\)/,
    );
    expect(
      validateEnvironment({
        ...good,
        NODE_ENV: 'production',
        JWT_SECRET: strongSecret,
        PUBLIC_BASE_URL: site,
      }).PUBLIC_BASE_URL,
    ).toBe(site);
  });

  it('takes REDIS_URL as one server, a Sentinel set or the seed nodes of a cluster, and says what is wrong', () => {
    for (const url of ['redis://:pw@cache:6380/2', 'redis+sentinel://s1,s2:26380/mymaster/1', 'rediss+cluster://a:7000,b:7001']) {
      expect(validateEnvironment({ ...good, REDIS_URL: url }).REDIS_URL).toBe(url);
    }
    expect(() => validateEnvironment({ ...good, REDIS_URL: 'redis+cluster://a:7000/5' })).toThrow(
      /REDIS_URL: a Redis Cluster has only database 0 \(got \/5\) \(value hidden\)/,
    );
    expect(() => validateEnvironment({ ...good, REDIS_URL: 'redis+sentinel://s1:26379' })).toThrow(
      /REDIS_URL: a Sentinel URL ends with the master's name/,
    );
  });

  it('requires REDIS_URL with the redis queue backend only, and knows no third backend', () => {
    const { REDIS_URL: _unused, ...withoutRedis } = good;
    expect(() => validateEnvironment(withoutRedis)).toThrow(/REDIS_URL: .*\(missing\)/);
    expect(validateEnvironment({ ...withoutRedis, QUEUE_BACKEND: 'postgres' }).QUEUE_BACKEND).toBe('postgres');
    expect(() => validateEnvironment({ ...good, QUEUE_BACKEND: 'kafka' })).toThrow(
      /QUEUE_BACKEND: must be redis or postgres \(got "kafka"\)/,
    );
  });

  it('names a bad value and shows it', () => {
    expect(() => validateEnvironment({ ...good, REDIS_URL: 'http://x' })).toThrow(
      /REDIS_URL: must be a URL starting with redis:\/\//,
    );
    expect(() => validateEnvironment({ ...good, TZ: 'Mars/Olympus' })).toThrow(
      /TZ: must be an IANA time zone .*"Mars\/Olympus"/,
    );
    expect(() => validateEnvironment({ ...good, API_PORT: 'eighty' })).toThrow(/API_PORT/);
    // A URL or a secret may carry a password: it is named, never shown.
    expect(() => validateEnvironment({ ...good, SMTP_URL: 'http://user:hunter22@mail' })).toThrow(
      /SMTP_URL: must be a URL starting with smtp:\/\/ or smtps:\/\/ \(value hidden\)/,
    );
    expect(() => validateEnvironment({ ...good, JWT_SECRET: 'short' })).not.toThrow(/short/);
    expect(() => validateEnvironment({ ...good, DB_MIGRATE_ON_START: 'maybe' })).toThrow(
      /DB_MIGRATE_ON_START/,
    );
  });

  it('takes an empty variable for an unset one', () => {
    const env = validateEnvironment({ ...good, PORTAL_SYNC_URL: '', DEMO_PASSWORD: '', API_PORT: '' });
    expect(env.PORTAL_SYNC_URL).toBeUndefined();
    expect(env.API_PORT).toBe(3000);
    expect(() =>
      validateEnvironment({
        ...good,
        NODE_ENV: 'production',
        JWT_SECRET: strongSecret,
        PUBLIC_BASE_URL: site,
        DEMO_PASSWORD: '',
      }),
    ).not.toThrow();
  });

  it('reads numbers and booleans from strings', () => {
    expect(validateEnvironment({ ...good, API_PORT: '8080', DB_MIGRATE_ON_START: 'false' })).toMatchObject({
      API_PORT: 8080,
      DB_MIGRATE_ON_START: false,
    });
  });
});

describe('validateEnvironment: exposure and proxies', () => {
  it('serves /docs outside production by default, and validates TRUST_PROXY', () => {
    expect(validateEnvironment(good)).toMatchObject({ API_DOCS: true, TRUST_PROXY: 'false' });
    expect(
      validateEnvironment({
        ...good,
        NODE_ENV: 'production',
        JWT_SECRET: strongSecret,
        PUBLIC_BASE_URL: site,
      }).API_DOCS,
    ).toBe(false);
    expect(
      validateEnvironment({
        ...good,
        NODE_ENV: 'production',
        JWT_SECRET: strongSecret,
        PUBLIC_BASE_URL: site,
        API_DOCS: 'true',
      }).API_DOCS,
    ).toBe(true);
    expect(validateEnvironment({ ...good, TRUST_PROXY: '1' }).TRUST_PROXY).toBe('1');
    expect(() => validateEnvironment({ ...good, TRUST_PROXY: 'true' })).toThrow(
      /TRUST_PROXY: .*true is refused/,
    );
  });

  it('never shows the metrics token', () => {
    expect(() => validateEnvironment({ ...good, METRICS_TOKEN: 'short' })).toThrow(
      /METRICS_TOKEN: .*\(value hidden\)/,
    );
  });
});

describe('validateEnvironment: the file store', () => {
  it('keeps files in a local directory unless FILE_STORE says s3', () => {
    expect(validateEnvironment(good)).toMatchObject({ FILE_STORE: 'local', FILES_DIR: 'var/files' });
    expect(() => validateEnvironment({ ...good, FILE_STORE: 'ftp' })).toThrow(/FILE_STORE: .*got "ftp"/);
  });

  it('with s3, requires the bucket and the keys, never showing a key', () => {
    expect(() => validateEnvironment({ ...good, FILE_STORE: 's3' })).toThrow(
      /S3_BUCKET: .*\(missing\)[\s\S]*S3_ACCESS_KEY: .*\(missing\)[\s\S]*S3_SECRET_KEY: .*\(missing\)/,
    );
    expect(() =>
      validateEnvironment({
        ...good,
        NODE_ENV: 'production',
        JWT_SECRET: strongSecret,
        FILE_STORE: 's3',
        S3_BUCKET: 'files',
        S3_ACCESS_KEY: 'motcua',
        S3_SECRET_KEY: 'minioadmin',
      }),
    ).toThrow(/S3_SECRET_KEY: must not be a published sample(?![\s\S]*minioadmin)/);
    const s3 = validateEnvironment({
      ...good,
      FILE_STORE: 's3',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_BUCKET: 'motcua-files',
      S3_ACCESS_KEY: 'motcua',
      S3_SECRET_KEY: strongSecret,
      S3_FORCE_PATH_STYLE: 'false',
    });
    expect(s3).toMatchObject({
      S3_REGION: 'us-east-1',
      S3_FORCE_PATH_STYLE: false,
      S3_BUCKET: 'motcua-files',
    });
  });
});

describe('validateEnvironment: periods and the portal sync (one rule per variable)', () => {
  it('refuses a period that is not a whole number of at least 100 ms, naming the variable and the value', () => {
    for (const name of [
      'DEADLINE_SWEEP_MS',
      'INTAKE_RECONCILE_MS',
      'PORTAL_SYNC_SWEEP_MS',
      'PARTITION_MAINTENANCE_MS',
    ]) {
      for (const bad of ['soon', '99', '1.5', '-1', '30s']) {
        expect(() => validateEnvironment({ ...good, [name]: bad })).toThrow(
          new RegExp(`${name}: .*got ${JSON.stringify(bad)}`),
        );
      }
    }
  });

  it('takes a worker stall threshold of a whole number of at least a second', () => {
    expect(() => validateEnvironment({ ...good, WORKER_STALL_MS: '999' })).toThrow(
      /WORKER_STALL_MS: .*must not be less than 1000/,
    );
    expect(() => validateEnvironment({ ...good, WORKER_STALL_MS: '30s' })).toThrow(/WORKER_STALL_MS/);
    expect(validateEnvironment({ ...good, WORKER_STALL_MS: '1000' }).WORKER_STALL_MS).toBe(1000);
    expect(validateEnvironment(good).WORKER_STALL_MS).toBe(30_000);
  });

  it('takes the portal sync URL as http(s), at least one attempt, and a backoff base of at least 10 ms', () => {
    expect(() => validateEnvironment({ ...good, PORTAL_SYNC_URL: 'ftp://x' })).toThrow(/PORTAL_SYNC_URL/);
    expect(() => validateEnvironment({ ...good, PORTAL_SYNC_MAX_ATTEMPTS: '0' })).toThrow(
      /PORTAL_SYNC_MAX_ATTEMPTS/,
    );
    expect(() => validateEnvironment({ ...good, PORTAL_SYNC_BACKOFF_MS: '5' })).toThrow(
      /PORTAL_SYNC_BACKOFF_MS: .*must not be less than 10/,
    );
    expect(validateEnvironment({ ...good, PORTAL_SYNC_BACKOFF_MS: '10' }).PORTAL_SYNC_BACKOFF_MS).toBe(10);
  });
});
