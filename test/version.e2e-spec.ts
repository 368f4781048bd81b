import { readFileSync } from 'node:fs';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { bootE2e, type E2e } from './support/boot-e2e';

describe('version: which build answers', () => {
  let e2e: E2e | undefined;
  let app: INestApplication;

  beforeAll(async () => {
    e2e = await bootE2e();
    ({ api: app } = e2e);
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it('gives the name and version of the package without a token', async () => {
    const { name, version } = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, string>;
    const res = await request(app.getHttpServer()).get('/api/v1/version').expect(200);
    expect(res.body).toEqual({ name, version });
  });
});
