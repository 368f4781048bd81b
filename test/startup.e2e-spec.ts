import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Starts a real process the way `npm start` does, and returns how it ended. */
function start(app: 'api' | 'worker', env: Record<string, string | undefined>) {
  const merged = Object.fromEntries(
    Object.entries({ ...process.env, ...env }).filter(([, value]) => value !== undefined),
  );
  const result = spawnSync('node', ['-r', '@swc-node/register', `apps/${app}/src/main.ts`], {
    env: merged,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stderr: result.stderr };
}

describe('start-up refuses bad configuration and bad workflow files', () => {
  it('stops on an invalid workflow file, naming file and line, in Vietnamese (WORKFLOWS_LANG=en: English)', () => {
    const broken = mkdtempSync(join(tmpdir(), 'motcua-broken-'));
    try {
      cpSync('workflows', broken, { recursive: true });
      const file = join(broken, 'procedures', '2.000908.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('sign: release', 'sign: relese'));
      const { status, stderr } = start('api', { WORKFLOWS_DIR: broken, API_PORT: '3990' });
      expect(status).toBe(1);
      expect(stderr).toMatch(
        /procedures\/2\.000908\.yaml:\d+: bước 3 \(sign\): thao tác 'sign' chuyển đến bước 'relese' không tồn tại \(có phải ý bạn là 'release'\?\)/,
      );
      const english = start('api', { WORKFLOWS_DIR: broken, API_PORT: '3990', WORKFLOWS_LANG: 'en' });
      expect(english.status).toBe(1);
      expect(english.stderr).toMatch(
        /procedures\/2\.000908\.yaml:\d+: step 3 \(sign\) action 'sign' targets unknown step 'relese' \(did you mean 'release'\?\)/,
      );
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });

  it('stops on a fee written 400.000 (YAML would read 400 đồng), with the amount likely meant', () => {
    const broken = mkdtempSync(join(tmpdir(), 'motcua-fee-'));
    try {
      cpSync('workflows', broken, { recursive: true });
      const file = join(broken, 'procedures', '2.001263.yaml');
      const text = readFileSync(file, 'utf8');
      expect(text).toContain('amount: 400000');
      writeFileSync(file, text.replace('amount: 400000', 'amount: 400.000'));
      const { status, stderr } = start('api', { WORKFLOWS_DIR: broken, API_PORT: '4390' });
      expect(status).toBe(1);
      expect(stderr).toMatch(
        /procedures\/2\.001263\.yaml:\d+: fees\[0\]\.amount 400\.000 sẽ được đọc thành 400, không phải 400000: .*hãy viết 400000/,
      );
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });

  it('stops on a bad environment variable, naming it', () => {
    const { status, stderr } = start('worker', {
      QUEUE_BACKEND: 'redis',
      REDIS_URL: 'http://127.0.0.1:6379',
      WORKER_PORT: '3991',
    });
    expect(status).toBe(1);
    expect(stderr).toMatch(/REDIS_URL: must be a URL starting with redis:\/\/ or rediss:\/\//);
  });

  it('stops without NODE_ENV, naming it, rather than run as development with the published secrets', () => {
    const { status, stderr } = start('api', { NODE_ENV: undefined, JWT_SECRET: undefined, API_PORT: '3992' });
    expect(status).toBe(1);
    expect(stderr).toMatch(/NODE_ENV: must be one of development, test, demo, production .*\(missing\)/);
  });

  it('stops in production on a short, sample or missing secret, naming each without showing it', () => {
    const weak = start('api', {
      NODE_ENV: 'production',
      JWT_SECRET: 'aaaaaaaaaaaaaaaa',
      PORTAL_CLIENTS: 'dvcqg:dev-portal-key:dev-portal-secret-0123456789',
      API_PORT: '3993',
    });
    expect(weak.status).toBe(1);
    expect(weak.stderr).toMatch(/JWT_SECRET: must be at least 32 characters long/);
    expect(weak.stderr).toMatch(/PORTAL_CLIENTS: the secret of entry 1 must not be a published sample/);
    expect(weak.stderr).not.toMatch(/aaaaaaaa|dev-portal-secret/);
    const missing = start('worker', { NODE_ENV: 'production', JWT_SECRET: undefined, WORKER_PORT: '3994' });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/JWT_SECRET: is required in production/);
  });
});
