import type { INestApplication } from '@nestjs/common';
import request from 'supertest';

/** Logs in through the api and returns the access token; fails the test on anything but 200. */
export async function login(app: INestApplication, username: string, password = 'motcua'): Promise<string> {
  const res = await request(app.getHttpServer())
    .post('/api/v1/auth/login')
    .send({ username, password })
    .expect(200);
  return (res.body as { accessToken: string }).accessToken;
}
