import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { bootE2e, type E2e } from './support/boot-e2e';
import { login } from './support/auth';

describe('protective headers on every answer', () => {
  let e2e: E2e | undefined;
  let app: INestApplication;

  beforeAll(async () => {
    e2e = await bootE2e();
    ({ api: app } = e2e);
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it.each([
    ['the health probe', '/health', 200],
    ['an api route without a token', '/api/v1/procedures', 401],
    ['an unknown route', '/api/v1/auth/login', 404],
    ['the API docs', '/docs', 200],
  ])(
    '%s carries CSP, nosniff, frame-ancestors and referrer policy, and no X-Powered-By',
    async (_, path, status) => {
      const res = await request(app.getHttpServer()).get(path);
      expect(res.status).toBe(status);
      const csp = res.headers['content-security-policy'];
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-powered-by']).toBeUndefined();
    },
  );

  it('on an authenticated answer too', async () => {
    const token = await login(app, 'letan.xa');
    const res = await request(app.getHttpServer())
      .get('/api/v1/procedures')
      .auth(token, { type: 'bearer' })
      .expect(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});
