import { secretErrors, secretProblem } from './secrets.rules';

const strong = 'r7Kq2vXw9LmZ4tBn8YpC3hJd6FgS1aEu';

describe('secretProblem', () => {
  it('accepts a long random value', () => {
    expect(secretProblem(strong)).toBeNull();
  });

  it('refuses the published development values and placeholders, however long', () => {
    expect(secretProblem('motcua-development-secret')).toMatch(/published sample/);
    expect(secretProblem(`compose-demo-secret-change-me-${strong}`)).toMatch(/published sample/);
    expect(secretProblem('please-CHANGE-ME-before-going-live-2026')).toMatch(/published sample/);
    expect(secretProblem('dev-portal-secret-0123456789')).toMatch(/published sample/);
  });

  it('refuses a short value and a repeated character', () => {
    expect(secretProblem('r7Kq2vXw9LmZ4tBn')).toBe('must be at least 32 characters long');
    expect(secretProblem('aaaaaaaaaaaaaaaa')).toMatch(/at least 32/);
    expect(secretProblem('a'.repeat(64))).toMatch(/must not repeat a few characters/);
    expect(secretProblem('abab'.repeat(16))).toMatch(/must not repeat a few characters/);
  });
});

describe('secretErrors', () => {
  it('lets development, test and demo use the sample values', () => {
    for (const NODE_ENV of ['development', 'test', 'demo'])
      expect(
        secretErrors({ NODE_ENV, JWT_SECRET: 'motcua-development-secret', DEMO_PASSWORD: 'motcua' }),
      ).toEqual([]);
  });

  it('in production requires JWT_SECRET and names every weak secret', () => {
    expect(secretErrors({ NODE_ENV: 'production' })).toEqual(['JWT_SECRET: is required in production']);
    expect(
      secretErrors({
        NODE_ENV: 'production',
        JWT_SECRET: 'aaaaaaaaaaaaaaaa',
        PORTAL_SYNC_SECRET: 'short-but-valid16',
        PORTAL_CLIENTS: `dvcqg:dev-portal-key:${strong},other:k2:dev-portal-secret-0123456789`,
        DEMO_PASSWORD: 'motcua',
      }),
    ).toEqual([
      'JWT_SECRET: must be at least 32 characters long',
      'PORTAL_SYNC_SECRET: must be at least 32 characters long',
      'PORTAL_CLIENTS: the api key of entry 1 must not be a published sample value',
      'PORTAL_CLIENTS: the secret of entry 2 must not be a published sample or placeholder value',
      'DEMO_PASSWORD: must not be set in production (set passwords with users:set-password)',
    ]);
  });

  it("in production refuses the object store's sample secret key", () => {
    expect(secretErrors({ NODE_ENV: 'production', JWT_SECRET: strong, S3_SECRET_KEY: 'minioadmin' })).toEqual(
      ['S3_SECRET_KEY: must not be a published sample or placeholder value'],
    );
    expect(secretErrors({ NODE_ENV: 'production', JWT_SECRET: strong, S3_SECRET_KEY: strong })).toEqual([]);
  });

  it("in production refuses the demo's signing password but not a CA's short one", () => {
    expect(
      secretErrors({
        NODE_ENV: 'production',
        JWT_SECRET: strong,
        SIGNING_P12_PASSWORD: 'motcua-demo-signing',
      }),
    ).toEqual(['SIGNING_P12_PASSWORD: must not be a published sample value']);
    expect(
      secretErrors({ NODE_ENV: 'production', JWT_SECRET: strong, SIGNING_P12_PASSWORD: 'Xk4!pq' }),
    ).toEqual([]);
  });

  it('accepts production with strong secrets', () => {
    expect(
      secretErrors({ NODE_ENV: 'production', JWT_SECRET: strong, PORTAL_CLIENTS: `dvcqg:k-7f3a9:${strong}` }),
    ).toEqual([]);
  });
});
