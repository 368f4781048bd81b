import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { bootE2e, type E2e } from './support/boot-e2e';
import { login } from './support/auth';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Every `$ref` of the document, e.g. `#/components/schemas/ProcedureDetailView`. */
function refsOf(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => refsOf(n, found));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push(value);
      else refsOf(value, found);
    }
  }
  return found;
}

describe('OpenAPI document and request ids', () => {
  let e2e: E2e | undefined;
  let app: INestApplication;

  beforeAll(async () => {
    e2e = await bootE2e();
    ({ api: app } = e2e);
  });

  afterAll(() => e2e?.close());

  it('serves an OpenAPI 3 document listing the procedures paths and a bearer scheme', async () => {
    const res = await request(app.getHttpServer()).get('/docs-json').expect(200);
    const doc = res.body as {
      openapi: string;
      info: { title: string; version: string };
      paths: Record<string, Record<string, { responses?: object; security?: object[] }>>;
      components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
    };
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(doc.info).toMatchObject({ title: 'motcua API', version: '1' });
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    const list = doc.paths['/api/v1/procedures']?.get;
    const one = doc.paths['/api/v1/procedures/{code}']?.get;
    expect(list?.security).toEqual([{ bearer: [] }]);
    expect(one?.responses).toHaveProperty('200');
    expect(one?.responses).toHaveProperty('422');
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        expect([path, method, Object.keys(operation.responses ?? {}).length > 0]).toEqual([
          path,
          method,
          true,
        ]);
      }
    }
    const missing = refsOf(doc).filter((ref) => {
      const name = /^#\/components\/schemas\/(.+)$/.exec(ref)?.[1];
      return !name || !(name in doc.components.schemas);
    });
    expect(missing).toEqual([]);
  });

  it('serves the document the committed typed contract was generated from (npm run api:types)', async () => {
    const res = await request(app.getHttpServer()).get('/docs-json').expect(200);
    const committed = readFileSync(`${__dirname}/../libs/contract/src/api.d.ts`, 'utf8');
    const served = execFileSync('node', ['-r', '@swc-node/register', 'scripts/api-contract.ts'], {
      cwd: `${__dirname}/..`,
      input: JSON.stringify(res.body),
      encoding: 'utf8',
    });
    expect(served).toBe(committed);
  });

  it('serves Swagger UI at /docs', async () => {
    const res = await request(app.getHttpServer()).get('/docs').expect(200);
    expect(res.text).toContain('swagger-ui');
  });

  it('echoes a given X-Request-Id and makes one up otherwise', async () => {
    const given = await request(app.getHttpServer())
      .get('/health')
      .set('X-Request-Id', 'desk-42')
      .expect(200);
    expect(given.headers['x-request-id']).toBe('desk-42');
    const made = await request(app.getHttpServer()).get('/health').set('X-Request-Id', 'no spaces please');
    expect(made.headers['x-request-id']).toMatch(UUID);
  });

  it('puts the request id in error bodies', async () => {
    const anonymous = await request(app.getHttpServer())
      .get('/api/v1/procedures')
      .set('X-Request-Id', 'err-401')
      .expect(401);
    expect(anonymous.body).toMatchObject({ code: 'UNAUTHENTICATED', requestId: 'err-401' });

    const token = await login(app, 'quantri');
    const unknown = await request(app.getHttpServer())
      .get('/api/v1/procedures/9.999999')
      .set('Authorization', `Bearer ${token}`)
      .expect(422);
    expect(unknown.body).toMatchObject({ code: 'UNKNOWN_PROCEDURE' });
    expect(unknown.body.requestId).toBe(unknown.headers['x-request-id']);
    expect(unknown.body.requestId).toMatch(UUID);
  });
});
