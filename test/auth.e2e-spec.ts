import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Controller, Get, type INestApplication, type Type } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { type Catalog, CATALOG } from '@motcua/catalog';
import { loadEnvironment } from '@motcua/common';
import { findUnit } from '@motcua/engine';
import { type AuthUser, CurrentUser, IdentitySeederService, Roles, type SessionUserDto } from '@motcua/identity';
import { query, resetDatabase } from './support/app';
import { login } from './support/auth';

@Controller('probe')
class ProbeController {
  @Get('heads')
  @Roles('head', 'leader')
  heads(@CurrentUser() user: AuthUser): { username: string } {
    return { username: user.username };
  }
}

/** The api module as startApi() builds it, plus a route that asks for roles. */
async function start(): Promise<INestApplication> {
  loadEnvironment();
  // Required here, not imported at the top, so its configuration is read now.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ApiModule } = require('../apps/api/src/api.module') as { ApiModule: Type };
  const moduleRef = await Test.createTestingModule({
    imports: [ApiModule],
    controllers: [ProbeController],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: ['error', 'warn'] });
  app.setGlobalPrefix('api/v1', { exclude: ['health'] });
  await app.init();
  return app;
}

const errorOf = (body: unknown) => {
  const { code, message } = body as { code: unknown; message: unknown };
  return { code, message };
};

const withoutUser = (orgYaml: string, username: string): string =>
  orgYaml.replace(new RegExp(`  - username: ${username.replace(/\./g, '\\.')}\\n(?: {4}.*\\n)*`), '');

interface UserRow {
  username: string;
  active: boolean;
  password_hash: string | null;
  full_name: string;
}

describe('auth: login, tokens and the guard on real PostgreSQL', () => {
  let app: INestApplication;
  const dir = mkdtempSync(join(tmpdir(), 'motcua-workflows-'));
  const orgFile = join(dir, 'org.yaml');
  const http = () => request(app.getHttpServer());
  const users = () => query<UserRow>('SELECT * FROM app_user ORDER BY username');

  beforeAll(async () => {
    cpSync('workflows', dir, { recursive: true });
    process.env.WORKFLOWS_DIR = dir;
    await resetDatabase();
    app = await start();
  });

  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('seeds every org.yaml user; each person logs in with the demo password and /auth/me shows unit and roles', async () => {
    const { org } = app.get<Catalog>(CATALOG);
    const rows = await users();
    expect(rows.map((r) => r.username)).toEqual(org.users.map((u) => u.username).sort());
    const people = rows.filter((r) => r.username !== 'dvcqg');
    expect(people.every((r) => r.active && r.password_hash?.startsWith('$argon2id$'))).toBe(true);
    // The portal's system account acts by signed requests: no password, no login.
    expect(rows.find((r) => r.username === 'dvcqg')).toMatchObject({ active: true, password_hash: null });

    for (const u of org.users.filter((user) => !user.roles.includes('portal'))) {
      const expected: SessionUserDto = {
        username: u.username,
        fullName: u.fullName,
        title: u.title,
        unit: u.unit,
        unitName: findUnit(org, u.unit)!.name,
        roles: u.roles as SessionUserDto['roles'],
      };
      const res = await http()
        .post('/api/v1/auth/login')
        .send({ username: u.username, password: 'motcua' })
        .expect(200);
      expect(res.body).toEqual({
        accessToken: expect.any(String),
        tokenType: 'Bearer',
        expiresIn: 3600,
        mustChangePassword: false,
        user: expected,
      });
      const me = await http()
        .get('/api/v1/auth/me')
        .auth(res.body.accessToken, { type: 'bearer' })
        .expect(200);
      expect(me.body).toEqual(expected);
    }
  });

  it('answers a wrong password and an unknown user alike: 401 INVALID_CREDENTIALS', async () => {
    const wrongPassword = await http()
      .post('/api/v1/auth/login')
      .send({ username: 'letan.xa', password: 'wrong' })
      .expect(401);
    const unknownUser = await http()
      .post('/api/v1/auth/login')
      .send({ username: 'nobody', password: 'motcua' })
      .expect(401);
    expect(errorOf(wrongPassword.body)).toEqual({
      code: 'INVALID_CREDENTIALS',
      message: 'wrong username or password',
    });
    expect(errorOf(unknownUser.body)).toEqual(errorOf(wrongPassword.body));
    await http().post('/api/v1/auth/login').send({ username: 'letan.xa' }).expect(400);
  });

  it('refuses a protected route without a valid token: 401 UNAUTHENTICATED', async () => {
    const jwt = app.get(JwtService);
    const [{ id }] = await query<{ id: string }>(`SELECT id FROM app_user WHERE username = 'letan.xa'`);
    const now = Math.floor(Date.now() / 1000);
    const payload = { sub: id, username: 'letan.xa', tv: 0, auth: now };
    const refused = async (authorization: string | undefined, message: RegExp) => {
      const req = http().get('/api/v1/auth/me');
      const res = await (authorization ? req.set('Authorization', authorization) : req).expect(401);
      expect(res.body).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringMatching(message) });
    };

    await refused(undefined, /Bearer token is required/);
    await refused('Basic bGV0YW4ueGE6bW90Y3Vh', /Bearer token is required/);
    await refused('Bearer garbage', /not valid/);
    await refused(`Bearer ${jwt.sign(payload, { secret: 'someone-else' })}`, /not valid/);
    await refused(`Bearer ${jwt.sign(payload, { expiresIn: -60 })}`, /expired/);
    await refused(`Bearer ${jwt.sign({ ...payload, sub: 'letan.xa' }, { expiresIn: 60 })}`, /not valid/);
    // A well-signed token without an expiry is refused: it would never end.
    await refused(`Bearer ${jwt.sign(payload)}`, /not valid/);
    await refused(`Bearer ${jwt.sign({ ...payload, tv: 7 }, { expiresIn: 60 })}`, /revoked/);
    await http()
      .get('/api/v1/auth/me')
      .auth(jwt.sign(payload, { expiresIn: 60 }), { type: 'bearer' })
      .expect(200);
  });

  it('keeps /health public', async () => {
    await http().get('/health').expect(200);
  });

  it('answers 403 FORBIDDEN_ROLE when a route asks for roles the user lacks', async () => {
    const officer = await login(app, 'tuphap.xa1');
    const res = await http().get('/api/v1/probe/heads').auth(officer, { type: 'bearer' }).expect(403);
    expect(errorOf(res.body)).toEqual({
      code: 'FORBIDDEN_ROLE',
      message: 'requires one of roles: head, leader',
    });

    const head = await login(app, 'chanhvp.xa');
    const ok = await http().get('/api/v1/probe/heads').auth(head, { type: 'bearer' }).expect(200);
    expect(ok.body).toEqual({ username: 'chanhvp.xa' });
  });

  it('deactivates a user removed from org.yaml: login fails and tokens already issued stop working', async () => {
    const token = await login(app, 'letan.tinh2');
    const original = readFileSync(orgFile, 'utf8');
    await app.close();
    writeFileSync(orgFile, withoutUser(original, 'letan.tinh2'));
    app = await start();

    const row = (await users()).find((r) => r.username === 'letan.tinh2');
    expect(row).toMatchObject({ active: false });
    const res = await http()
      .post('/api/v1/auth/login')
      .send({ username: 'letan.tinh2', password: 'motcua' })
      .expect(401);
    expect(errorOf(res.body).code).toBe('INVALID_CREDENTIALS');
    const me = await http().get('/api/v1/auth/me').auth(token, { type: 'bearer' }).expect(401);
    expect(errorOf(me.body).code).toBe('UNAUTHENTICATED');

    await app.close();
    writeFileSync(orgFile, original);
    app = await start();
    expect((await users()).find((r) => r.username === 'letan.tinh2')).toMatchObject({ active: true });
    await login(app, 'letan.tinh2');
  });

  it('never changes a password hash once set, while profiles follow org.yaml', async () => {
    const before = await users();
    const original = readFileSync(orgFile, 'utf8');
    await app.close();
    writeFileSync(orgFile, original.replace(`fullName: 'Lò Thị Mai'`, `fullName: 'Lò Thị Mai (đổi)'`));
    app = await start();
    const after = await users();
    expect(after.map((r) => r.password_hash)).toEqual(before.map((r) => r.password_hash));
    expect(after.find((r) => r.username === 'letan.xa')?.full_name).toBe('Lò Thị Mai (đổi)');
    writeFileSync(orgFile, original);
  });

  it('creates each user once when api and worker seed at the same time', async () => {
    await query('DELETE FROM app_user');
    const seeder = app.get(IdentitySeederService);
    await Promise.all([seeder.onApplicationBootstrap(), seeder.onApplicationBootstrap()]);
    const rows = await users();
    expect(rows.length).toBe(app.get<Catalog>(CATALOG).org.users.length);
    await login(app, 'letan.xa');
  });
});
