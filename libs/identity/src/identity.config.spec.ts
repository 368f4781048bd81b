import { readDemoPassword, readJwtSecret } from './identity.config';

const from =
  (env: Record<string, string>) =>
  (key: string): string | undefined =>
    env[key];

describe('readJwtSecret', () => {
  it('defaults to the development secret outside production', () => {
    expect(readJwtSecret(from({ NODE_ENV: 'development' }))).toBe('motcua-development-secret');
    expect(readJwtSecret(from({ NODE_ENV: 'demo', JWT_SECRET: 's3cret' }))).toBe('s3cret');
  });

  it('requires a secret of its own in production', () => {
    expect(() => readJwtSecret(from({ NODE_ENV: 'production' }))).toThrow(
      /JWT_SECRET: is required in production \(missing\)/,
    );
    expect(() =>
      readJwtSecret(from({ NODE_ENV: 'production', JWT_SECRET: 'motcua-development-secret' })),
    ).toThrow(/JWT_SECRET: must not be the development secret/);
    expect(readJwtSecret(from({ NODE_ENV: 'production', JWT_SECRET: 'k'.repeat(48) }))).toBe('k'.repeat(48));
  });
});

describe('readDemoPassword', () => {
  it('is DEMO_PASSWORD, else motcua, outside production', () => {
    expect(readDemoPassword(from({ NODE_ENV: 'test' }))).toBe('motcua');
    expect(readDemoPassword(from({ NODE_ENV: 'demo', DEMO_PASSWORD: 'demo2026' }))).toBe('demo2026');
  });

  it('is none in production, even with DEMO_PASSWORD set', () => {
    expect(readDemoPassword(from({ NODE_ENV: 'production', DEMO_PASSWORD: 'motcua' }))).toBeNull();
  });
});
