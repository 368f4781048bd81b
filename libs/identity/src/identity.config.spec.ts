import { readDemoPassword, readJwtSecret } from './identity.config';

const from =
  (env: Record<string, string>) =>
  (key: string): string | undefined =>
    env[key];

describe('readJwtSecret', () => {
  it('defaults to the development secret only in development, test and demo', () => {
    expect(readJwtSecret(from({ NODE_ENV: 'development' }))).toBe('motcua-development-secret');
    expect(readJwtSecret(from({ NODE_ENV: 'test' }))).toBe('motcua-development-secret');
    expect(readJwtSecret(from({ NODE_ENV: 'demo', JWT_SECRET: 's3cret' }))).toBe('s3cret');
  });

  it('requires a secret of its own elsewhere, NODE_ENV unset included', () => {
    expect(() => readJwtSecret(from({ NODE_ENV: 'production' }))).toThrow(
      /JWT_SECRET: is required in production/,
    );
    expect(() => readJwtSecret(from({}))).toThrow(/JWT_SECRET: is required/);
    expect(() =>
      readJwtSecret(from({ NODE_ENV: 'production', JWT_SECRET: 'motcua-development-secret' })),
    ).toThrow(/JWT_SECRET/);
    expect(readJwtSecret(from({ NODE_ENV: 'production', JWT_SECRET: 'k'.repeat(48) }))).toBe('k'.repeat(48));
  });
});

describe('readDemoPassword', () => {
  it('is DEMO_PASSWORD, else motcua, in development, test and demo', () => {
    expect(readDemoPassword(from({ NODE_ENV: 'test' }))).toBe('motcua');
    expect(readDemoPassword(from({ NODE_ENV: 'demo', DEMO_PASSWORD: 'demo2026' }))).toBe('demo2026');
  });

  it('is none in production or without NODE_ENV, even with DEMO_PASSWORD set', () => {
    expect(readDemoPassword(from({ NODE_ENV: 'production', DEMO_PASSWORD: 'motcua' }))).toBeNull();
    expect(readDemoPassword(from({ DEMO_PASSWORD: 'motcua' }))).toBeNull();
  });
});
