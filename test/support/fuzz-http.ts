import { gzipSync } from 'node:zlib';
import type { INestApplication } from '@nestjs/common';
import request, { type Response } from 'supertest';
import type { RawBody } from './fuzz';

export const ANSWER_WITHIN_MS = 10_000;

export interface FuzzRequest {
  method: 'get' | 'post';
  path: string;
  token?: string;
  query?: Record<string, unknown> | string;
  body?: unknown;
  raw?: RawBody;
  headers?: Record<string, string>;
}

/** The exact bytes a raw body goes out as (gzip really compressed, other encodings left as garbage). */
export const rawBytes = (raw: RawBody): Buffer =>
  raw.encoding === 'gzip' ? gzipSync(raw.text) : Buffer.isBuffer(raw.text) ? raw.text : Buffer.from(raw.text);

export async function send(app: INestApplication, r: FuzzRequest): Promise<Response> {
  // An answer that never comes fails the run with the request that caused it, not as a test timeout.
  let req = request(app.getHttpServer())[r.method](`/api/v1${r.path}`).timeout(ANSWER_WITHIN_MS);
  if (r.token) req = req.set('Authorization', `Bearer ${r.token}`);
  if (r.query !== undefined) req = req.query(r.query as Record<string, string>);
  if (r.headers) req = req.set(r.headers);
  if (r.raw) {
    req = req.set('Content-Type', r.raw.contentType);
    if (r.raw.encoding) req = req.set('Content-Encoding', r.raw.encoding);
    // As is: superagent would write a Buffer sent as application/json as the JSON of the Buffer object.
    return req.serialize((bytes: unknown) => bytes as string).send(rawBytes(r.raw));
  }
  if (r.body !== undefined) {
    req = req.set('Content-Type', 'application/json');
    return req.send(JSON.stringify(r.body));
  }
  return req;
}

const CODE = /^[A-Z][A-Z0-9_]*$/;

const describeRequest = (r: FuzzRequest): string =>
  JSON.stringify({ ...r, token: r.token ? '…' : undefined }).slice(0, 600);

/**
 * What every answer to a fuzzed request must be: a 2xx, or a 4xx with a stable `code`, a `message` and the
 * `requestId`; a validation error names each field it reports.
 */
export function expectHandled(r: FuzzRequest, res: Response): void {
  const where = `${r.method.toUpperCase()} ${r.path} → ${res.status} ${JSON.stringify(res.body).slice(0, 400)}\n  request: ${describeRequest(r)}`;
  if (res.status >= 500 || res.status < 200 || (res.status >= 300 && res.status < 400))
    throw new Error(where);
  if (res.status < 400) return;
  const body = res.body as {
    code?: unknown;
    message?: unknown;
    details?: { fields?: Array<{ field: string }> };
    requestId?: unknown;
  };
  if (typeof body.code !== 'string' || !CODE.test(body.code)) throw new Error(`no stable code: ${where}`);
  if (typeof body.message !== 'string' || !body.message.trim()) throw new Error(`no message: ${where}`);
  if (typeof body.requestId !== 'string') throw new Error(`no requestId: ${where}`);
  if (body.code === 'VALIDATION_FAILED') {
    const fields = body.details?.fields ?? [];
    if (fields.length === 0) throw new Error(`a validation error without fields: ${where}`);
    for (const { field } of fields) {
      if (!field || !body.message.includes(`${field}:`))
        throw new Error(`field '${field}' not named: ${where}`);
    }
  }
}
