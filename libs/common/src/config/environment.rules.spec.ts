import { validateEnvironment } from './environment.config';
import { pairedErrors } from './environment.rules';

const good = {
  NODE_ENV: 'development',
  DATABASE_URL: 'postgres://u@127.0.0.1:5432/motcua',
  REDIS_URL: 'redis://127.0.0.1:6379',
};

describe('pairedErrors', () => {
  it('is empty when nothing is paired or every pair is complete', () => {
    expect(pairedErrors({})).toEqual([]);
    expect(
      pairedErrors({ PORTAL_SYNC_URL: 'https://p', PORTAL_SYNC_SECRET: 's', CITIZEN_EMAIL: false }),
    ).toEqual([]);
  });

  it('requires each secret with its URL, and a mail relay for citizen e-mail', () => {
    expect(
      pairedErrors({
        PORTAL_SYNC_URL: 'https://p',
        SMS_GATEWAY_URL: 'https://s',
        NOTIFY_WEBHOOK_URL: 'https://w',
        CITIZEN_EMAIL: true,
      }),
    ).toEqual([
      'PORTAL_SYNC_SECRET: is required when PORTAL_SYNC_URL is set (missing)',
      'SMS_GATEWAY_TOKEN: is required when SMS_GATEWAY_URL is set (missing)',
      'NOTIFY_WEBHOOK_SECRET: is required when NOTIFY_WEBHOOK_URL is set (missing)',
      'SMTP_URL: is required when CITIZEN_EMAIL is on (missing)',
    ]);
  });
});

describe('validateEnvironment: paired variables', () => {
  it('refuses a URL without its secret at start-up, in every environment', () => {
    expect(() => validateEnvironment({ ...good, PORTAL_SYNC_URL: 'http://portal.local/sync' })).toThrow(
      /PORTAL_SYNC_SECRET: is required when PORTAL_SYNC_URL is set \(missing\)/,
    );
    expect(() =>
      validateEnvironment({ ...good, NOTIFY_WEBHOOK_URL: 'https://hooks.example.vn/motcua' }),
    ).toThrow(/NOTIFY_WEBHOOK_SECRET: is required when NOTIFY_WEBHOOK_URL is set/);
    expect(() => validateEnvironment({ ...good, SMS_GATEWAY_URL: 'http://127.0.0.1:4700/sms' })).toThrow(
      /SMS_GATEWAY_TOKEN: is required when SMS_GATEWAY_URL is set/,
    );
    expect(() => validateEnvironment({ ...good, CITIZEN_EMAIL: 'true' })).toThrow(
      /SMTP_URL: is required when CITIZEN_EMAIL is on/,
    );
  });
});

describe('validateEnvironment: the read replica', () => {
  it('refuses a replica URL that names the primary database, whatever the credentials', () => {
    expect(() =>
      validateEnvironment({ ...good, DATABASE_REPLICA_URL: 'postgres://reader:x@127.0.0.1/motcua' }),
    ).toThrow(/DATABASE_REPLICA_URL: must name a replica, not the database of DATABASE_URL/);
  });

  it('takes a replica on another server or port, and a lag limit of whole seconds from 1', () => {
    const env = validateEnvironment({ ...good, DATABASE_REPLICA_URL: 'postgres://u@127.0.0.1:5433/motcua' });
    expect(env.REPLICA_MAX_LAG_S).toBe(60);
    expect(() => validateEnvironment({ ...good, DATABASE_REPLICA_URL: 'mysql://u@replica/motcua' })).toThrow(
      /DATABASE_REPLICA_URL: must be a URL starting with postgres:\/\/ or postgresql:\/\//,
    );
    expect(() => validateEnvironment({ ...good, REPLICA_MAX_LAG_S: '0' })).toThrow(/REPLICA_MAX_LAG_S/);
  });
});
