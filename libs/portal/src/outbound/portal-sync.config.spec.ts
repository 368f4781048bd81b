import { readPortalSyncConfig } from './portal-sync.config';

const reader = (env: Record<string, string>) => (key: string) => env[key];

describe('readPortalSyncConfig', () => {
  it('is off without a URL, with the default attempts and backoff', () => {
    expect(readPortalSyncConfig(reader({}))).toMatchObject({ url: null, maxAttempts: 8, backoffMs: 5000 });
  });

  it('needs the secret with the URL, and positive integers', () => {
    expect(() => readPortalSyncConfig(reader({ PORTAL_SYNC_URL: 'http://portal.local/sync' }))).toThrow(
      /PORTAL_SYNC_SECRET/,
    );
    expect(() => readPortalSyncConfig(reader({ PORTAL_SYNC_URL: 'ftp://x' }))).toThrow(/PORTAL_SYNC_URL/);
    expect(() => readPortalSyncConfig(reader({ PORTAL_SYNC_MAX_ATTEMPTS: '0' }))).toThrow(
      /PORTAL_SYNC_MAX_ATTEMPTS/,
    );
    expect(
      readPortalSyncConfig(
        reader({
          PORTAL_SYNC_URL: 'https://portal.local/sync',
          PORTAL_SYNC_SECRET: 's',
          PORTAL_SYNC_BACKOFF_MS: '50',
        }),
      ),
    ).toMatchObject({ url: 'https://portal.local/sync', secret: 's', backoffMs: 50 });
  });
});
