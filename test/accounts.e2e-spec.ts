import type { INestApplication } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { query, startApi } from './support/app';
import { bootE2e } from './support/boot-e2e';
import { login } from './support/auth';

const NEW_PASSWORD = 'ruộng bậc thang mùa lúa chín';
const TEMPORARY = 'cầu mây bến nước sân đình 7';

interface Answer {
  status: number;
  body: { code?: string; message?: string; details?: Record<string, unknown>; [key: string]: unknown };
}

describe('accounts: passwords set and changed, sessions revoked, deactivation', () => {
  let app: INestApplication;
  let admin: string;
  const http = () => request(app.getHttpServer());
  const post = async (token: string | null, path: string, body: object = {}): Promise<Answer> => {
    const req = http().post(`/api/v1${path}`).send(body);
    return (token ? req.auth(token, { type: 'bearer' }) : req) as unknown as Promise<Answer>;
  };
  const get = async (token: string | null, path: string): Promise<Answer> => {
    const req = http().get(`/api/v1${path}`);
    return (token ? req.auth(token, { type: 'bearer' }) : req) as unknown as Promise<Answer>;
  };
  const tryLogin = (username: string, password: string) => post(null, '/auth/login', { username, password });
  const events = (username: string) =>
    query<{ kind: string; actor: string | null }>(
      'SELECT kind, actor FROM auth_event WHERE username = $1 ORDER BY id',
      [username],
    );

  beforeAll(async () => {
    ({ api: app } = await bootE2e());
    admin = await login(app, 'quantri');
  });

  afterAll(async () => {
    // The api the last test restarted.
    await app?.close();
  });

  it('lets only an administrator manage accounts (one row per role and route)', async () => {
    const routes: { method: 'get' | 'post'; path: string; body?: object }[] = [
      { method: 'get', path: '/users' },
      { method: 'post', path: '/users/kinhte.xa1/password', body: { password: TEMPORARY } },
      { method: 'post', path: '/users/kinhte.xa1/deactivate' },
      { method: 'post', path: '/users/kinhte.xa1/activate' },
    ];
    const matrix: [string | null, number][] = [
      [null, 401],
      ['letan.xa', 403],
      ['tuphap.xa1', 403],
      ['chanhvp.xa', 403],
      ['chutich.xa', 403],
      ['giamdoc.pvhcc', 403],
      ['quantri', 200],
    ];
    for (const [username, status] of matrix) {
      const token = username ? await login(app, username) : null;
      for (const route of routes) {
        const res =
          route.method === 'get' ? await get(token, route.path) : await post(token, route.path, route.body);
        expect({ username, route: route.path, status: res.status }).toEqual({
          username,
          route: route.path,
          status,
        });
        if (status === 403) expect(res.body.code).toBe('FORBIDDEN_ROLE');
      }
    }
    const listed = await get(admin, '/users');
    expect(listed.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ username: 'dvcqg', systemAccount: true, hasPassword: false }),
        expect.objectContaining({ username: 'kinhte.xa1', active: true, mustChangePassword: true }),
      ]),
    );
  });

  it('refuses a weak password with the reasons, and keeps the old one', async () => {
    for (const [password, problem] of [
      ['short', 'TOO_SHORT'],
      ['1234567890', 'TOO_GUESSABLE'],
      ['letan.xa-o-gia-phu-lao-cai', 'CONTAINS_USERNAME'],
    ]) {
      const res = await post(admin, '/users/letan.xa/password', { password });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('WEAK_PASSWORD');
      expect(res.body.details?.problems).toContain(problem);
    }
    await login(app, 'letan.xa');
  });

  it('an administrator resets a password: earlier sessions end, and the user must change it before anything else', async () => {
    const before = await login(app, 'letan.xa');
    const set = await post(admin, '/users/letan.xa/password', { password: TEMPORARY });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ username: 'letan.xa', mustChangePassword: true, hasPassword: true });

    expect((await get(before, '/auth/me')).body.message).toMatch(/revoked/);
    expect((await tryLogin('letan.xa', 'motcua')).status).toBe(401);
    const first = await tryLogin('letan.xa', TEMPORARY);
    expect(first.status).toBe(200);
    expect(first.body.mustChangePassword).toBe(true);
    const temporary = first.body.accessToken as string;

    const blocked = await get(temporary, '/procedures');
    expect(blocked.status).toBe(403);
    expect(blocked.body.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await get(temporary, '/auth/me')).status).toBe(200);

    const wrong = await post(temporary, '/auth/password', {
      currentPassword: 'motcua',
      newPassword: NEW_PASSWORD,
    });
    expect(wrong.body).toMatchObject({
      code: 'WRONG_CURRENT_PASSWORD',
      message: 'Mật khẩu hiện tại không đúng.',
    });
    const same = await post(temporary, '/auth/password', {
      currentPassword: TEMPORARY,
      newPassword: TEMPORARY,
    });
    expect(same.body.code).toBe('PASSWORD_UNCHANGED');
    const weak = await post(temporary, '/auth/password', {
      currentPassword: TEMPORARY,
      newPassword: 'qwertyuiop',
    });
    expect(weak.body.code).toBe('WEAK_PASSWORD');

    const changed = await post(temporary, '/auth/password', {
      currentPassword: TEMPORARY,
      newPassword: NEW_PASSWORD.normalize('NFD'),
    });
    expect(changed.status).toBe(200);
    expect(changed.body.mustChangePassword).toBe(false);
    expect((await get(temporary, '/auth/me')).status).toBe(401);
    expect((await get(changed.body.accessToken as string, '/procedures')).status).toBe(200);
    await login(app, 'letan.xa', NEW_PASSWORD);

    expect(await events('letan.xa')).toEqual(
      expect.arrayContaining([
        { kind: 'password_set', actor: 'quantri' },
        { kind: 'login_failed', actor: null },
        { kind: 'password_changed', actor: null },
      ]),
    );
  });

  it('logout revokes every token of the user, the other sessions included', async () => {
    const one = await login(app, 'tuphap.xa1');
    const two = await login(app, 'tuphap.xa1');
    expect((await post(one, '/auth/logout')).status).toBe(204);
    for (const token of [one, two]) {
      const res = await get(token, '/auth/me');
      expect(res.status).toBe(401);
      expect(res.body.message).toMatch(/revoked/);
    }
    expect((await get(await login(app, 'tuphap.xa1'), '/auth/me')).status).toBe(200);
  });

  it('refresh gives a new hour of the same session, never past 12 hours after its login', async () => {
    const token = await login(app, 'chanhvp.xa');
    const refreshed = await post(token, '/auth/refresh');
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.expiresIn).toBe(3600);
    expect((await get(refreshed.body.accessToken as string, '/auth/me')).status).toBe(200);

    const jwt = app.get(JwtService);
    const [{ id, token_version }] = await query<{ id: string; token_version: number }>(
      `SELECT id, token_version FROM app_user WHERE username = 'chanhvp.xa'`,
    );
    const now = Math.floor(Date.now() / 1000);
    const old = jwt.sign(
      { sub: id, username: 'chanhvp.xa', tv: token_version, auth: now - 12 * 3600 - 5 },
      { expiresIn: 600 },
    );
    expect((await get(old, '/auth/me')).status).toBe(200);
    const over = await post(old, '/auth/refresh');
    expect(over.status).toBe(401);
    expect(over.body.message).toMatch(/12-hour limit/);
  });

  it('a system account never logs in, and has no password to set', async () => {
    await query(`UPDATE app_user SET password_hash = (SELECT password_hash FROM app_user WHERE username = 'quantri')
                 WHERE username = 'dvcqg'`);
    const res = await tryLogin('dvcqg', 'motcua');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('INVALID_CREDENTIALS');
    const set = await post(admin, '/users/dvcqg/password', { password: TEMPORARY });
    expect(set.status).toBe(409);
    expect(set.body.code).toBe('SYSTEM_ACCOUNT');
    expect((await post(admin, '/users/nobody/password', { password: TEMPORARY })).body.code).toBe(
      'USER_NOT_FOUND',
    );
  });

  it('deactivation by an administrator ends the sessions and survives a restart; reactivation lifts it', async () => {
    const token = await login(app, 'tuphap.xa2');
    const off = await post(admin, '/users/tuphap.xa2/deactivate');
    expect(off.body).toMatchObject({ active: false, disabledAt: expect.any(String) });
    expect((await get(token, '/auth/me')).status).toBe(401);
    expect((await tryLogin('tuphap.xa2', 'motcua')).status).toBe(401);
    expect((await post(admin, '/users/quantri/deactivate')).body.code).toBe('CANNOT_DEACTIVATE_SELF');

    await app.close();
    app = await startApi();
    admin = await login(app, 'quantri');
    expect((await tryLogin('tuphap.xa2', 'motcua')).status).toBe(401);
    const unit = await get(admin, '/org/units/tu-phap-xa/users');
    expect((unit.body as unknown as { username: string }[]).map((u) => u.username)).not.toContain(
      'tuphap.xa2',
    );

    const on = await post(admin, '/users/tuphap.xa2/activate');
    expect(on.body).toMatchObject({ active: true, disabledAt: null });
    await login(app, 'tuphap.xa2');
    expect((await events('tuphap.xa2')).map((e) => e.kind)).toEqual(
      expect.arrayContaining(['user_deactivated', 'user_activated']),
    );
  });
});
