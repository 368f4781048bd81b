import { readFileSync } from 'node:fs';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { resetDatabase, startApi } from './support/app';

describe('version: which build answers', () => {
  let app: INestApplication;

  beforeAll(async () => {
    await resetDatabase();
    app = await startApi();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('gives the name and version of the package without a token', async () => {
    const { name, version } = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, string>;
    const res = await request(app.getHttpServer()).get('/api/v1/version').expect(200);
    expect(res.body).toEqual({ name, version });
  });
});
