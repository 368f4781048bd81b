import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { query, resetDatabase, startApi } from './support/app';

describe('foundation: api on real PostgreSQL and Redis', () => {
  let app: INestApplication | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'motcua-workflows-'));

  beforeAll(async () => {
    cpSync('workflows', dir, { recursive: true });
    process.env.WORKFLOWS_DIR = dir;
    await resetDatabase();
  });

  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports the database and Redis up on /health', async () => {
    app = await startApi();
    const res = await request(app.getHttpServer()).get('/health').expect(200);
    expect(res.body).toMatchObject({
      status: 'ok',
      info: { database: { status: 'up' }, redis: { status: 'up' } },
    });
  });

  it('records one revision per shipped procedure, and a new revision only for a changed file', async () => {
    app = await startApi();
    const first = await query<{ code: string; revision: number }>(
      'SELECT code, revision FROM procedure_version',
    );
    expect(first.length).toBeGreaterThanOrEqual(8);
    expect(first.every((r) => r.revision === 1)).toBe(true);
    await app.close();

    const file = join(dir, 'procedures', '2.000908.yaml');
    writeFileSync(
      file,
      // New content is a new version: the same version with other content would keep the service from starting.
      readFileSync(file, 'utf8')
        .replace(/^name: .*$/m, 'name: "Cấp bản sao từ sổ gốc (sửa đổi)"')
        .replace(/^version: 1$/m, 'version: 2'),
    );
    app = await startApi();
    const rows = await query<{ code: string; revision: number; name: string }>(
      'SELECT code, revision, name FROM procedure_version ORDER BY code, revision',
    );
    expect(rows.filter((r) => r.code === '2.000908').map((r) => [r.revision, r.name])).toEqual([
      [1, 'Cấp bản sao từ sổ gốc'],
      [2, 'Cấp bản sao từ sổ gốc (sửa đổi)'],
    ]);
    expect(rows.length).toBe(first.length + 1);
  });
});
