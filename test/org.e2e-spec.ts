import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { bootE2e, type E2e } from './support/boot-e2e';
import { login } from './support/auth';

describe('org: unit names and the staff of a unit', () => {
  let e2e: E2e | undefined;
  let api: INestApplication;
  let head: string;

  beforeAll(async () => {
    e2e = await bootE2e();
    ({ api } = e2e);
    head = await login(api, 'chanhvp.xa');
  });

  afterAll(async () => {
    await e2e?.close();
  });

  const get = (path: string, token?: string) => {
    const req = request(api.getHttpServer()).get(`/api/v1${path}`);
    return token ? req.set('Authorization', `Bearer ${token}`) : req;
  };

  it('lists the units with their names', async () => {
    const res = await get('/org/units', head).expect(200);
    expect(res.body).toContainEqual({
      id: 'tu-phap-xa',
      name: 'Văn phòng HĐND và UBND xã Gia Phú (Tư pháp - Hộ tịch)',
      level: 'commune',
      parent: 'ubnd-xa',
      roles: ['officer', 'head'],
    });
  });

  it("lists a unit's active staff, never system accounts", async () => {
    const res = await get('/org/units/tu-phap-xa/users', head).expect(200);
    expect(res.body.map((u: { username: string }) => u.username)).toEqual([
      'chanhvp.xa',
      'tuphap.xa1',
      'tuphap.xa2',
    ]);
    expect(res.body[1]).toMatchObject({
      username: 'tuphap.xa1',
      roles: ['officer'],
      fullName: expect.any(String),
    });
    const center = await get('/org/units/pvhcc/users', await login(api, 'quantri')).expect(200);
    expect(center.body.map((u: { username: string }) => u.username)).not.toContain('dvcqg');
  });

  it("refuses a unit's staff list to those who do not manage it", async () => {
    const officer = await login(api, 'tuphap.xa1');
    const res = await get('/org/units/tu-phap-xa/users', officer).expect(403);
    expect(res.body.code).toBe('FORBIDDEN_UNIT');
    expect((await get('/org/units/kinh-te-xa/users', head).expect(403)).body.code).toBe('FORBIDDEN_UNIT');
    await get('/org/units/tu-phap-xa/users', await login(api, 'giamdoc.ttxa')).expect(200);
    await get('/org/units/vpdkdd/users', await login(api, 'giamdoc.ttxa')).expect(403);
  });

  it('answers an unknown unit with 404 and no token with 401', async () => {
    expect((await get('/org/units/khong-co/users', head).expect(422)).body.code).toBe('UNKNOWN_UNIT');
    await get('/org/units').expect(401);
  });
});
