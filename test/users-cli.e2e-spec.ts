import { spawnSync } from 'node:child_process';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { query, resetDatabase, startApi } from './support/app';

const ADMIN_PASSWORD = 'đèo Ô Quy Hồ mây trắng bay';

/** `npm run motcua -- users:set-password ...` with `input` piped to standard input. */
function setPassword(input: string, ...args: string[]) {
  const result = spawnSync(
    'node',
    ['-r', '@swc-node/register', 'apps/cli/src/main.ts', 'users:set-password', ...args],
    { input, env: process.env, encoding: 'utf8', timeout: 60_000 },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('users:set-password bootstraps the first administrator', () => {
  let app: INestApplication | undefined;
  const loginAs = (username: string, password: string) =>
    request(app!.getHttpServer()).post('/api/v1/auth/login').send({ username, password });

  beforeAll(async () => {
    await resetDatabase();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('on a fresh database, creates the users of org.yaml and sets the one password read from stdin', async () => {
    const done = setPassword(`${ADMIN_PASSWORD}\n`, 'quantri');
    expect(done.stderr).toBe('');
    expect(done.stdout).toMatch(/^password set for quantri; earlier sessions are signed out/);
    expect(done.status).toBe(0);
    const [row] = await query<{ must_change_password: boolean }>(
      `SELECT must_change_password FROM app_user WHERE username = 'quantri'`,
    );
    expect(row.must_change_password).toBe(false);
    expect(
      await query(`SELECT 1 FROM auth_event WHERE kind = 'password_set' AND actor = 'cli'`),
    ).toHaveLength(1);

    app = await startApi();
    const res = await loginAs('quantri', ADMIN_PASSWORD).expect(200);
    expect(res.body.mustChangePassword).toBe(false);
  });

  it('--temporary: the user must change it at the next login', async () => {
    expect(setPassword('gió lào thổi qua đồi cát 9', 'letan.xa', '--temporary').status).toBe(0);
    const res = await loginAs('letan.xa', 'gió lào thổi qua đồi cát 9').expect(200);
    expect(res.body.mustChangePassword).toBe(true);
  });

  it('refuses a weak password, an unknown user and a system account, changing nothing', async () => {
    const weak = setPassword('123456789012\n', 'quantri');
    expect(weak.status).toBe(1);
    expect(weak.stderr).toMatch(/Mật khẩu quá dễ đoán/);
    await loginAs('quantri', ADMIN_PASSWORD).expect(200);
    expect(setPassword(ADMIN_PASSWORD, 'nobody').stderr).toMatch(/no user 'nobody'/);
    expect(setPassword(ADMIN_PASSWORD, 'dvcqg').stderr).toMatch(/tài khoản hệ thống/);
    const empty = setPassword('', 'quantri');
    expect(empty.status).toBe(2);
    expect(empty.stderr).toMatch(/no password on standard input/);
  });
});
